using System.Runtime.CompilerServices;
using System.Text.Json;
using Hub.TrustList.Model;
using static Hub.TrustList.Serialization.Reading.JsonValues;

namespace Hub.TrustList.Serialization.Reading;

/// <summary>A provider's <c>oidc</c> member.</summary>
internal static class OidcMetadataReader
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static OidcProviderMetadata? ReadOptional(ref Utf8JsonReader reader, ReadContext context)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        var start = context.StartObject(ref reader);
        string? issuer = null, clientId = null;
        Uri? authorization = null, token = null, userinfo = null, discovery = null;
        PublicJwkSet? jwks = null;
        string[]? algorithms = null;
        bool? useUserinfo = null;
        while (context.NextMember(ref reader, out var name))
        {
            switch (name)
            {
                case "issuer": issuer = String(ref reader); break;
                case "authorization_endpoint": authorization = Uri(ref reader); break;
                case "token_endpoint": token = Uri(ref reader); break;
                case "userinfo_endpoint": userinfo = OptionalUri(ref reader); break;
                case "jwks": jwks = PublicJwkReader.ReadSet(ref reader, context); break;
                case "id_token_signing_alg_values": algorithms = StringListReader.SharedNames(ref reader, context); break;
                case "client_id": clientId = context.Pooled(ref reader); break;
                case "discovery_url": discovery = OptionalUri(ref reader); break;
                case "use_userinfo": useUserinfo = Boolean(ref reader); break;
                default: throw context.UnknownMember(name);
            }
        }
        return new OidcProviderMetadata(
            Required(issuer, start, "issuer"),
            Required(authorization, start, "authorization_endpoint"),
            Required(token, start, "token_endpoint"),
            userinfo,
            Required(jwks, start, "jwks"),
            Required(algorithms, start, "id_token_signing_alg_values"),
            Required(clientId, start, "client_id"),
            discovery,
            useUserinfo ?? false);
    }
}
