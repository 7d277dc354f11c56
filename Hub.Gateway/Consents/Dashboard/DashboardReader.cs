using Hub.Gateway.Stores.Abstractions;
using Hub.TrustList.Loading;

namespace Hub.Gateway.Consents.Dashboard;

/// <summary>
/// What the dashboard lists for a person: every service with a standing consent, and every service whose consent the
/// person revoked (with the state of its notification), newest decision first.
/// </summary>
internal sealed class DashboardReader(IConsentStore consents, ISetDeliveryStore deliveries, ITrustListSource trustList)
{
    public async Task<IReadOnlyList<DashboardEntry>> ReadAsync(DashboardPerson person, CancellationToken cancellationToken)
    {
        var grants = (await consents.ListAsync(person.ConsentSubject, cancellationToken)).ToDictionary(g => g.ClientId, StringComparer.Ordinal);
        var records = await consents.ReadRecordsAsync(person.ConsentSubject, cancellationToken);
        var latest = records
            .Where(r => r.Action is ConsentAction.Granted or ConsentAction.Revoked)
            .GroupBy(r => r.ClientId, StringComparer.Ordinal)
            .Select(g => g.Last())
            .OrderByDescending(r => r.Sequence);
        var entries = new List<DashboardEntry>();
        foreach (var record in latest)
        {
            var grant = grants.GetValueOrDefault(record.ClientId);
            var revocation = grant is null && record.Action == ConsentAction.Revoked ? record : null;
            if (grant is null && revocation is null)
            {
                continue;
            }
            var notification = revocation is null ? null : await deliveries.GetLatestAsync(person.ConsentSubject, record.ClientId, cancellationToken);
            entries.Add(new DashboardEntry(record.ClientId, trustList.Current?.FindRelyingParty(record.ClientId), grant, revocation, notification));
        }
        return entries;
    }
}
