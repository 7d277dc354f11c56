using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Stores.InMemory;
using Hub.Gateway.Tests.Stores.Contracts;

namespace Hub.Gateway.Tests.Stores.InMemory;

/// <summary>The contract on the in-process store: "both instances" are the same object.</summary>
public sealed class InMemoryHubKeyStoreTests : HubKeyStoreContract
{
    private readonly InMemoryHubKeyStore _store;

    public InMemoryHubKeyStoreTests()
    {
        _store = new InMemoryHubKeyStore();
    }

    protected override IHubKeyStore Store => _store;

    protected override IHubKeyStore Peer => _store;
}
