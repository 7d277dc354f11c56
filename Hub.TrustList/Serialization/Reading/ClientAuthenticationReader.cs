using System.Runtime.CompilerServices;
using System.Text.Json;
using Hub.TrustList.Model;
using static Hub.TrustList.Serialization.Reading.JsonValues;

namespace Hub.TrustList.Serialization.Reading;

/// <summary>An RP's <c>client_authentication</c>: <c>{ "method", "jwks"?, "client_secret_sha256"? }</c>.</summary>
internal static class ClientAuthenticationReader
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ClientAuthentication Read(ref Utf8JsonReader reader, ReadContext context)
    {
        var start = context.StartObject(ref reader);
        ClientAuthenticationMethod? method = null;
        PublicJwkSet? jwks = null;
        string? secretHash = null;
        while (context.NextMember(ref reader, out var name))
        {
            switch (name)
            {
                case "method": method = Enum<ClientAuthenticationMethod>(ref reader); break;
                case "jwks": jwks = PublicJwkReader.ReadOptionalSet(ref reader, context); break;
                case "client_secret_sha256": secretHash = OptionalString(ref reader); break;
                default: throw context.UnknownMember(name);
            }
        }
        return new ClientAuthentication(Required(method, start, "method"), jwks, secretHash);
    }
}
