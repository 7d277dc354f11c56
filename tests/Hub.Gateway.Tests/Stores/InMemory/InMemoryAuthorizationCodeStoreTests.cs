using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Stores.InMemory;
using Hub.Gateway.Stores;
using Hub.Gateway.Tests.Stores.Contracts;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Gateway.Tests.Stores.InMemory;

/// <summary>The contract on the in-process store, with a fake clock: "both instances" are the same object.</summary>
public sealed class InMemoryAuthorizationCodeStoreTests : AuthorizationCodeStoreContract
{
    private readonly FakeTimeProvider _time = StoreClock.Fake();
    private readonly InMemoryAuthorizationCodeStore _store;

    public InMemoryAuthorizationCodeStoreTests()
    {
        _store = new InMemoryAuthorizationCodeStore(_time, Options.Create(new HubStoreOptions()));
    }

    protected override IAuthorizationCodeStore Store => _store;

    protected override IAuthorizationCodeStore Peer => _store;

    protected override DateTimeOffset Now => _time.GetUtcNow();

    protected override Task PassTimeAsync(TimeSpan time)
    {
        _time.Advance(time);
        return Task.CompletedTask;
    }
}
