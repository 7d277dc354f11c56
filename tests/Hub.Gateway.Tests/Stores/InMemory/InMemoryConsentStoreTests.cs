using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Stores.InMemory;
using Hub.Gateway.Tests.Stores.Contracts;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Gateway.Tests.Stores.InMemory;

/// <summary>The contract on the in-process store, with a fake clock: "both instances" are the same object.</summary>
public sealed class InMemoryConsentStoreTests : ConsentStoreContract
{
    private readonly FakeTimeProvider _time = StoreClock.Fake();
    private readonly InMemoryConsentStore _store;

    public InMemoryConsentStoreTests()
    {
        _store = new InMemoryConsentStore(_time);
    }

    protected override IConsentStore Store => _store;

    protected override IConsentStore Peer => _store;
}
