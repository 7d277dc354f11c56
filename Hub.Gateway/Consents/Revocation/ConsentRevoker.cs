using Hub.Gateway.Consents.Dashboard;
using Hub.Gateway.Consents.Notification;
using Hub.Gateway.Stores.Abstractions;
using Hub.TrustList.Common;
using Hub.TrustList.Loading;

namespace Hub.Gateway.Consents.Revocation;

/// <summary>
/// Withdraws a person's consent for one RP, at once: the standing consent is removed with a Revoked record (the next
/// login asks again), every token issued to the RP for the person's pairwise subject (the one the consent record
/// names) up to now is revoked (userinfo refuses it; the hub issues no refresh tokens), and, when the RP registered a
/// consent_revocation_endpoint in the trust list, a consent-revocation SET is queued for it.
/// </summary>
internal sealed class ConsentRevoker(
    IConsentStore consents,
    ITokenRevocationStore tokens,
    ISetDeliveryStore deliveries,
    SetDeliverySignal signal,
    ITrustListSource trustList,
    ISecureRandom random,
    TimeProvider time,
    ILogger<ConsentRevoker> logger)
{
    /// <summary>The Revoked record, or null when the person had no consent for the client.</summary>
    public async Task<ConsentRecord?> RevokeAsync(DashboardPerson person, string clientId, CancellationToken cancellationToken)
    {
        var record = await consents.RevokeAsync(person.ConsentSubject, clientId, cancellationToken);
        if (record is null)
        {
            return null;
        }
        var subject = record.Subject;
        await tokens.RevokeAsync(subject, clientId, record.RecordedAt, cancellationToken);
        var relyingParty = trustList.Current?.FindRelyingParty(clientId);
        if (relyingParty is null)
        {
            SetDeliveryLog.Revoked(logger, clientId, record.Claims.Count, "none: the service is not in the trust list");
            return record;
        }
        if (relyingParty.ConsentRevocationEndpoint is not { } endpoint)
        {
            SetDeliveryLog.Revoked(logger, clientId, record.Claims.Count, "none: no consent_revocation_endpoint");
            return record;
        }
        var now = time.GetUtcNow();
        await deliveries.AddAsync(new SetDelivery(random.NextToken(16), person.ConsentSubject, clientId, subject, endpoint,
            record.Claims, record.RecordedAt, 0, now, SetDeliveryState.Pending), cancellationToken);
        signal.Wake();
        SetDeliveryLog.Revoked(logger, clientId, record.Claims.Count, "queued");
        return record;
    }
}
