using Hub.Gateway.Stores.Abstractions;

namespace Hub.Gateway.Stores.Chaining;

internal static class ConsentGrants
{
    /// <summary>The standing consent a Granted record establishes: what it granted and what it declined.</summary>
    public static ConsentGrant From(ConsentRecord record) =>
        new(record.Subject, record.ClientId, record.Claims, record.PurposeVersions, record.RecordedAt, record.Id)
        {
            Declined = record.Declined,
        };

    /// <summary>The decision that withdraws <paramref name="grant"/>: everything it decided is forgotten.</summary>
    public static ConsentDecision Revocation(string person, ConsentGrant grant) =>
        new(person, grant.Subject, grant.ClientId, ConsentAction.Revoked, grant.Claims, grant.PurposeVersions)
        {
            Declined = grant.Declined ?? [],
        };
}
