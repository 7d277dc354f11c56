using Hub.Gateway.Stores.Abstractions;
using Hub.TrustList.Model;

namespace Hub.Gateway.Consents.Dashboard;

/// <summary>
/// One service on the dashboard: what the person shared and when (the standing grant), or when they revoked it and
/// whether the service was notified. <see cref="RelyingParty"/> is null for a service no longer in the trust list.
/// </summary>
public sealed record DashboardEntry(
    string ClientId,
    RelyingPartyEntry? RelyingParty,
    ConsentGrant? Grant,
    ConsentRecord? Revocation,
    SetDelivery? Notification)
{
    /// <summary>The purpose text the person agreed to for a claim, when the trust list still has that version.</summary>
    public LocalizedText? PurposeOf(string claim)
        => RelyingParty?.AllowedClaims.FirstOrDefault(c => c.Claim == claim) is { } permission
            && Grant?.PurposeVersions.GetValueOrDefault(claim) == permission.PurposeVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)
            ? permission.Purpose
            : null;
}
