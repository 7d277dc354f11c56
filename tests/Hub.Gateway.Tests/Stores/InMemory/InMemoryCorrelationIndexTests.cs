using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Stores.InMemory;
using Hub.Gateway.Tests.Stores.Contracts;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Gateway.Tests.Stores.InMemory;

/// <summary>The contract on the in-process store, with a fake clock: "both instances" are the same object.</summary>
public sealed class InMemoryCorrelationIndexTests : CorrelationIndexContract
{
    private readonly FakeTimeProvider _time = StoreClock.Fake();
    private readonly InMemoryCorrelationIndex _store;

    public InMemoryCorrelationIndexTests()
    {
        _store = new InMemoryCorrelationIndex(_time);
    }

    protected override ICorrelationIndex Index => _store;

    protected override ICorrelationIndex Peer => _store;

    protected override Task PassTimeAsync(TimeSpan time)
    {
        _time.Advance(time);
        return Task.CompletedTask;
    }
}
