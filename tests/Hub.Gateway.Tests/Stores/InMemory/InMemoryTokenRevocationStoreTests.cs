
using Hub.Gateway.Stores.InMemory;
using Hub.Gateway.Tests.Stores.Contracts;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Gateway.Tests.Stores.InMemory;

/// <summary>The contract on the in-process store, with a fake clock; "both instances" are the same object.</summary>
public sealed class InMemoryTokenRevocationStoreTests : TokenRevocationStoreContract
{
    private readonly FakeTimeProvider _time = StoreClock.Fake();
    private readonly InMemoryTokenRevocationStore _store;

    public InMemoryTokenRevocationStoreTests()
    {
        _store = new InMemoryTokenRevocationStore();
    }

    protected override Hub.Gateway.Stores.Abstractions.ITokenRevocationStore Store => _store;

    protected override Hub.Gateway.Stores.Abstractions.ITokenRevocationStore Peer => _store;
}
