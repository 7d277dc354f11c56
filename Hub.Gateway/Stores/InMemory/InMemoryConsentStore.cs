using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Stores.Chaining;

namespace Hub.Gateway.Stores.InMemory;

/// <summary>Consents and consent records in this process (lost on restart: for the demo and single-node trials).</summary>
public sealed class InMemoryConsentStore(TimeProvider timeProvider) : IConsentStore
{
    private readonly Dictionary<string, Person> _people = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public Task<ConsentRecord> RecordDecisionAsync(ConsentDecision decision, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(Append(PersonOf(decision.Subject), decision));
        }
    }

    public Task<ConsentRecord?> RevokeAsync(string subject, string clientId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var person = PersonOf(subject);
            if (!person.Grants.TryGetValue(clientId, out var grant))
            {
                return Task.FromResult<ConsentRecord?>(null);
            }
            var decision = new ConsentDecision(subject, clientId, ConsentAction.Revoked, grant.Claims, grant.PurposeVersions);
            return Task.FromResult<ConsentRecord?>(Append(person, decision));
        }
    }

    public Task<ConsentGrant?> GetAsync(string subject, string clientId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_people.TryGetValue(subject, out var person) ? person.Grants.GetValueOrDefault(clientId) : null);
        }
    }

    public Task<IReadOnlyList<ConsentGrant>> ListAsync(string subject, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            IReadOnlyList<ConsentGrant> grants = _people.TryGetValue(subject, out var person) ? [.. person.Grants.Values] : [];
            return Task.FromResult(grants);
        }
    }

    public Task<IReadOnlyList<ConsentRecord>> ReadRecordsAsync(string subject, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            IReadOnlyList<ConsentRecord> records = _people.TryGetValue(subject, out var person) ? [.. person.Records] : [];
            return Task.FromResult(records);
        }
    }

    public Task<ChainVerification> VerifyRecordsAsync(string subject, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_people.TryGetValue(subject, out var person)
                ? ConsentChain.Verify(person.Records, person.Head)
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

    private Person PersonOf(string subject)
    {
        if (!_people.TryGetValue(subject, out var person))
        {
            person = new Person();
            _people[subject] = person;
        }
        return person;
    }

    private sealed class Person
    {
        public SortedDictionary<string, ConsentGrant> Grants { get; } = new(StringComparer.Ordinal);

        public List<ConsentRecord> Records { get; } = [];

        public ChainHead Head { get; set; } = ChainHead.Empty;
    }
}
