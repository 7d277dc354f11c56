
using Hub.Gateway.Stores.InMemory;
using Hub.Gateway.Tests.Stores.Contracts;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Gateway.Tests.Stores.InMemory;

/// <summary>The contract on the in-process store, with a fake clock; "both instances" are the same object.</summary>
public sealed class InMemoryHubKeyStoreTests : HubKeyStoreContract
{
    private readonly FakeTimeProvider _time = StoreClock.Fake();
    private readonly InMemoryHubKeyStore _store;

    public InMemoryHubKeyStoreTests()
    {
        _store = new InMemoryHubKeyStore();
    }

    protected override Hub.Gateway.Stores.Abstractions.IHubKeyStore Store => _store;

    protected override Hub.Gateway.Stores.Abstractions.IHubKeyStore Peer => _store;
}
