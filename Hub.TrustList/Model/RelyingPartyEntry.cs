using System.Text.Json.Serialization;

namespace Hub.TrustList.Model;

[JsonConverter(typeof(JsonStringEnumConverter<RelyingPartyKind>))]
public enum RelyingPartyKind
{
    [JsonStringEnumMemberName("public")] Public,
    [JsonStringEnumMemberName("private")] Private,
}

/// <summary>A service that accepts regional IDs through the hub.</summary>
public sealed record RelyingPartyEntry(
    string ClientId,
    LocalizedText DisplayName,
    LocalizedText Operator,
    RelyingPartyKind Kind,
    IReadOnlyList<Region> Regions,
    IReadOnlyList<Uri> RedirectUris,
    IReadOnlyList<Uri> PostLogoutRedirectUris,
    ClientAuthentication ClientAuthentication,
    string SectorIdentifier,
    IReadOnlyList<ClaimPermission> AllowedClaims,
    LevelOfAssurance MinLoa,
    IReadOnlyList<StatusChange> StatusHistory,
    Uri? ConsentRevocationEndpoint = null,
    bool Demo = false)
{
    public EntryStatus Status => StatusHistory.Count == 0 ? EntryStatus.Withdrawn : StatusHistory[^1].Status;
}
