using System.Runtime.CompilerServices;
using System.Text.Json;
using Hub.TrustList.Model;
using static Hub.TrustList.Serialization.Reading.JsonValues;

namespace Hub.TrustList.Serialization.Reading;

/// <summary>An element of <c>relying_parties</c>.</summary>
internal static class RelyingPartyReader
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static RelyingPartyEntry Read(ref Utf8JsonReader reader, ReadContext context)
    {
        var start = context.StartObject(ref reader);
        string? clientId = null, sectorIdentifier = null;
        LocalizedText? displayName = null, operatorName = null;
        RelyingPartyKind? kind = null;
        Region[]? regions = null;
        Uri[]? redirectUris = null, postLogoutUris = null;
        ClientAuthentication? authentication = null;
        ClaimPermission[]? claims = null;
        LevelOfAssurance? minLoa = null;
        StatusChange[]? history = null;
        Uri? consentRevocation = null;
        bool? demo = null;
        WrittenStatus status = default;
        while (context.NextMember(ref reader, out var name))
        {
            switch (name)
            {
                case "client_id": clientId = String(ref reader); break;
                case "display_name": displayName = LocalizedTextReader.Read(ref reader, context); break;
                case "operator": operatorName = LocalizedTextReader.Shared(ref reader, context); break;
                case "kind": kind = Enum<RelyingPartyKind>(ref reader); break;
                case "regions": regions = RegionReader.SharedList(ref reader, context); break;
                case "redirect_uris": redirectUris = context.Array(ref reader, UriItem); break;
                case "post_logout_redirect_uris": postLogoutUris = context.Array(ref reader, UriItem); break;
                case "client_authentication": authentication = ClientAuthenticationReader.Read(ref reader, context); break;
                case "sector_identifier": sectorIdentifier = String(ref reader); break;
                case "allowed_claims": claims = ClaimPermissionReader.SharedList(ref reader, context); break;
                case "min_loa": minLoa = Enum<LevelOfAssurance>(ref reader); break;
                case "status_history": history = StatusChangeReader.SharedHistory(ref reader, context); break;
                case "consent_revocation_endpoint": consentRevocation = OptionalUri(ref reader); break;
                case "demo": demo = Boolean(ref reader); break;
                case "status": status = ReadWrittenStatus(ref reader); break;
                default: throw context.UnknownMember(name);
            }
        }
        var relyingParty = new RelyingPartyEntry(
            Required(clientId, start, "client_id"),
            Required(displayName, start, "display_name"),
            Required(operatorName, start, "operator"),
            Required(kind, start, "kind"),
            Required(regions, start, "regions"),
            Required(redirectUris, start, "redirect_uris"),
            Required(postLogoutUris, start, "post_logout_redirect_uris"),
            Required(authentication, start, "client_authentication"),
            Required(sectorIdentifier, start, "sector_identifier"),
            Required(claims, start, "allowed_claims"),
            Required(minLoa, start, "min_loa"),
            Required(history, start, "status_history"),
            consentRevocation,
            demo ?? false);
        context.CheckStatus(status, relyingParty.StatusHistory, start);
        return relyingParty;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Uri UriItem(ref Utf8JsonReader reader, ReadContext context) => Uri(ref reader);
}
