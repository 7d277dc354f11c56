using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Stores.InMemory;
using Hub.Gateway.Tests.Stores.Contracts;

namespace Hub.Gateway.Tests.Stores.InMemory;

/// <summary>The contract on the in-process store: "both instances" are the same object.</summary>
public sealed class InMemorySetDeliveryStoreTests : SetDeliveryStoreContract
{
    private readonly InMemorySetDeliveryStore _store = new();

    protected override ISetDeliveryStore Store => _store;

    protected override ISetDeliveryStore Peer => _store;
}
