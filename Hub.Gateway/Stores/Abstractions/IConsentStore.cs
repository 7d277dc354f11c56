namespace Hub.Gateway.Stores.Abstractions;

/// <summary>
/// Consents per (person, client) and each person's append-only, hash-chained log of consent records. A person is
/// looked up by the hub's per-person key (<see cref="ConsentDecision.Person"/>, the same for every client); each
/// record names them by the client's pairwise <c>sub</c>. A grant or revocation changes the standing consent and
/// appends its record in one atomic step, so the two never disagree.
/// </summary>
public interface IConsentStore
{
    /// <summary>Records the decision and applies it: Granted replaces the standing consent, Revoked removes it, Denied changes nothing.</summary>
    Task<ConsentRecord> RecordDecisionAsync(ConsentDecision decision, CancellationToken cancellationToken = default);

    /// <summary>
    /// Withdraws the standing consent, recording a Revoked record with the claims that were granted.
    /// Null (and nothing recorded) if there was no consent.
    /// </summary>
    Task<ConsentRecord?> RevokeAsync(string person, string clientId, CancellationToken cancellationToken = default);

    Task<ConsentGrant?> GetAsync(string person, string clientId, CancellationToken cancellationToken = default);

    /// <summary>The person's standing consents, ordered by client id.</summary>
    Task<IReadOnlyList<ConsentGrant>> ListAsync(string person, CancellationToken cancellationToken = default);

    /// <summary>The person's consent records, oldest first.</summary>
    Task<IReadOnlyList<ConsentRecord>> ReadRecordsAsync(string person, CancellationToken cancellationToken = default);

    /// <summary>Checks the person's record chain, including that no newest record was cut off.</summary>
    Task<ChainVerification> VerifyRecordsAsync(string person, CancellationToken cancellationToken = default);
}
