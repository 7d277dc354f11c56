using Hub.Gateway.Stores;
using Microsoft.Extensions.Options;
using Hub.Gateway.Stores.InMemory;
using Hub.Gateway.Tests.Stores.Contracts;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Gateway.Tests.Stores.InMemory;

/// <summary>The contract on the in-process store, with a fake clock; "both instances" are the same object.</summary>
public sealed class InMemoryAuthorizationCodeStoreTests : AuthorizationCodeStoreContract
{
    private readonly FakeTimeProvider _time = StoreClock.Fake();
    private readonly InMemoryAuthorizationCodeStore _store;

    public InMemoryAuthorizationCodeStoreTests()
    {
        _store = new InMemoryAuthorizationCodeStore(_time, Options.Create(new HubStoreOptions()));
    }

    protected override Hub.Gateway.Stores.Abstractions.IAuthorizationCodeStore Store => _store;

    protected override Hub.Gateway.Stores.Abstractions.IAuthorizationCodeStore Peer => _store;

    protected override DateTimeOffset Now => _time.GetUtcNow();

    protected override Task PassTimeAsync(TimeSpan time)
    {
        _time.Advance(time);
        return Task.CompletedTask;
    }
}
