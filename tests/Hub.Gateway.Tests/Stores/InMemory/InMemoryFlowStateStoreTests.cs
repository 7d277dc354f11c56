using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Stores.InMemory;
using Hub.Gateway.Tests.Stores.Contracts;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Gateway.Tests.Stores.InMemory;

/// <summary>The contract on the in-process store, with a fake clock: "both instances" are the same object.</summary>
public sealed class InMemoryFlowStateStoreTests : FlowStateStoreContract
{
    private readonly FakeTimeProvider _time = StoreClock.Fake();
    private readonly InMemoryFlowStateStore _store;

    public InMemoryFlowStateStoreTests()
    {
        _store = new InMemoryFlowStateStore(_time);
    }

    protected override IFlowStateStore Store => _store;

    protected override IFlowStateStore Peer => _store;

    protected override Task PassTimeAsync(TimeSpan time)
    {
        _time.Advance(time);
        return Task.CompletedTask;
    }
}
