
using Hub.Gateway.Stores.InMemory;
using Hub.Gateway.Tests.Stores.Contracts;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Gateway.Tests.Stores.InMemory;

/// <summary>The contract on the in-process store, with a fake clock; "both instances" are the same object.</summary>
public sealed class InMemoryAuditLogTests : AuditLogContract
{
    private readonly FakeTimeProvider _time = StoreClock.Fake();
    private readonly InMemoryAuditLog _store;

    public InMemoryAuditLogTests()
    {
        _store = new InMemoryAuditLog();
    }

    protected override Hub.Gateway.Stores.Abstractions.IAuditLog Log => _store;

    protected override Hub.Gateway.Stores.Abstractions.IAuditLog Peer => _store;
}
