using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Stores.InMemory;
using Hub.Gateway.Tests.Stores.Contracts;

namespace Hub.Gateway.Tests.Stores.InMemory;

/// <summary>The contract on the in-process store: "both instances" are the same object.</summary>
public sealed class InMemoryTokenRevocationStoreTests : TokenRevocationStoreContract
{
    private readonly InMemoryTokenRevocationStore _store;

    public InMemoryTokenRevocationStoreTests()
    {
        _store = new InMemoryTokenRevocationStore();
    }

    protected override ITokenRevocationStore Store => _store;

    protected override ITokenRevocationStore Peer => _store;
}
