using System.Runtime.CompilerServices;
using System.Text.Json;
using Hub.TrustList.Model;
using static Hub.TrustList.Serialization.Reading.JsonValues;

namespace Hub.TrustList.Serialization.Reading;

/// <summary>An element of <c>identity_providers</c>.</summary>
internal static class IdentityProviderReader
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static IdentityProviderEntry Read(ref Utf8JsonReader reader, ReadContext context)
    {
        var start = context.StartObject(ref reader);
        string? id = null, mappingProfile = null;
        LocalizedText? displayName = null, operatorName = null;
        Region[]? regions = null;
        BrandEntry[]? brands = null;
        ProviderProtocol? protocol = null;
        Saml2ProviderMetadata? saml2 = null;
        OidcProviderMetadata? oidc = null;
        LevelOfAssurance? maxLoa = null;
        string[]? attributes = null;
        StatusChange[]? history = null;
        ConformanceRecord? conformance = null;
        WrittenStatus status = default;
        while (context.NextMember(ref reader, out var name))
        {
            switch (name)
            {
                case "id": id = String(ref reader); break;
                case "display_name": displayName = LocalizedTextReader.Read(ref reader, context); break;
                case "operator": operatorName = LocalizedTextReader.Shared(ref reader, context); break;
                case "regions": regions = RegionReader.SharedList(ref reader, context); break;
                case "brands": brands = context.Array(ref reader, BrandReader.Read); break;
                case "protocol": protocol = Enum<ProviderProtocol>(ref reader); break;
                case "saml2": saml2 = Saml2MetadataReader.ReadOptional(ref reader, context); break;
                case "oidc": oidc = OidcMetadataReader.ReadOptional(ref reader, context); break;
                case "max_loa": maxLoa = Enum<LevelOfAssurance>(ref reader); break;
                case "attributes": attributes = StringListReader.SharedNames(ref reader, context); break;
                case "mapping_profile": mappingProfile = context.Pooled(ref reader); break;
                case "status_history": history = StatusChangeReader.SharedHistory(ref reader, context); break;
                case "conformance": conformance = ConformanceRecordReader.ReadOptional(ref reader, context); break;
                case "status": status = ReadWrittenStatus(ref reader); break;
                default: throw context.UnknownMember(name);
            }
        }
        var provider = new IdentityProviderEntry(
            Required(id, start, "id"),
            Required(displayName, start, "display_name"),
            Required(operatorName, start, "operator"),
            Required(regions, start, "regions"),
            Required(brands, start, "brands"),
            Required(protocol, start, "protocol"),
            saml2,
            oidc,
            Required(maxLoa, start, "max_loa"),
            Required(attributes, start, "attributes"),
            Required(mappingProfile, start, "mapping_profile"),
            Required(history, start, "status_history"),
            conformance);
        context.CheckStatus(status, provider.StatusHistory, start);
        return provider;
    }
}
