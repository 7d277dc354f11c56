using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Stores.Chaining;

namespace Hub.Gateway.Stores.InMemory;

/// <summary>
/// Consents and consent records in this process (lost on restart: for the demo and single-node trials), kept per
/// person under the hub's per-person key; each record names the person by the client's pairwise <c>sub</c>.
/// </summary>
public sealed class InMemoryConsentStore(TimeProvider timeProvider) : IConsentStore
{
    private readonly Dictionary<string, Person> _people = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public Task<ConsentRecord> RecordDecisionAsync(ConsentDecision decision, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(Append(PersonOf(decision.Person), decision));
        }
    }

    public Task<ConsentRecord?> RevokeAsync(string person, string clientId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var entry = PersonOf(person);
            if (!entry.Grants.TryGetValue(clientId, out var grant))
            {
                return Task.FromResult<ConsentRecord?>(null);
            }
            return Task.FromResult<ConsentRecord?>(Append(entry, ConsentGrants.Revocation(person, grant)));
        }
    }

    public Task<ConsentGrant?> GetAsync(string person, string clientId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_people.TryGetValue(person, out var entry) ? entry.Grants.GetValueOrDefault(clientId) : null);
        }
    }

    public Task<IReadOnlyList<ConsentGrant>> ListAsync(string person, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            IReadOnlyList<ConsentGrant> grants = _people.TryGetValue(person, out var entry) ? [.. entry.Grants.Values] : [];
            return Task.FromResult(grants);
        }
    }

    public Task<IReadOnlyList<ConsentRecord>> ReadRecordsAsync(string person, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            IReadOnlyList<ConsentRecord> records = _people.TryGetValue(person, out var entry) ? [.. entry.Records] : [];
            return Task.FromResult(records);
        }
    }

    public Task<ChainVerification> VerifyRecordsAsync(string person, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_people.TryGetValue(person, out var entry)
                ? ConsentChain.Verify(entry.Records, entry.Head)
                : ChainVerification.Intact);
        }
    }

    private ConsentRecord Append(Person person, ConsentDecision decision)
    {
        var record = ConsentChain.Next(person.Head, decision, timeProvider.GetUtcNow());
        person.Records.Add(record);
        person.Head = new ChainHead(record.Sequence, record.Hash);
        switch (record.Action)
        {
            case ConsentAction.Granted:
                person.Grants[record.ClientId] = ConsentGrants.From(record);
                break;
            case ConsentAction.Revoked:
                person.Grants.Remove(record.ClientId);
                break;
        }
        return record;
    }

    private Person PersonOf(string person)
    {
        if (!_people.TryGetValue(person, out var entry))
        {
            entry = new Person();
            _people[person] = entry;
        }
        return entry;
    }

    private sealed class Person
    {
        public SortedDictionary<string, ConsentGrant> Grants { get; } = new(StringComparer.Ordinal);

        public List<ConsentRecord> Records { get; } = [];

        public ChainHead Head { get; set; } = ChainHead.Empty;
    }
}
