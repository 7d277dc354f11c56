namespace Hub.TrustList.Model;

/// <summary>A claim a relying party may request, why, and whether the service cannot work without it.</summary>
public sealed record ClaimPermission(string Claim, LocalizedText Purpose, bool Required = false, int PurposeVersion = 1);
