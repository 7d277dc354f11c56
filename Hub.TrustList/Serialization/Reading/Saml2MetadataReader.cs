using System.Runtime.CompilerServices;
using System.Text.Json;
using Hub.TrustList.Model;
using static Hub.TrustList.Serialization.Reading.JsonValues;

namespace Hub.TrustList.Serialization.Reading;

/// <summary>A provider's <c>saml2</c> member.</summary>
internal static class Saml2MetadataReader
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Saml2ProviderMetadata? ReadOptional(ref Utf8JsonReader reader, ReadContext context)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        var start = context.StartObject(ref reader);
        string? entityId = null;
        Uri? ssoUrl = null;
        string[]? certificates = null;
        bool? wantSigned = null;
        while (context.NextMember(ref reader, out var name))
        {
            switch (name)
            {
                case "entity_id": entityId = String(ref reader); break;
                case "single_sign_on_service_url": ssoUrl = Uri(ref reader); break;
                case "signing_certificates": certificates = StringListReader.Read(ref reader, context); break;
                case "want_authn_requests_signed": wantSigned = Boolean(ref reader); break;
                default: throw context.UnknownMember(name);
            }
        }
        return new Saml2ProviderMetadata(
            Required(entityId, start, "entity_id"),
            Required(ssoUrl, start, "single_sign_on_service_url"),
            Required(certificates, start, "signing_certificates"),
            wantSigned ?? true);
    }
}
