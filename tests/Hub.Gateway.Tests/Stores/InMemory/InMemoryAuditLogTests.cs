using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Stores.InMemory;
using Hub.Gateway.Tests.Stores.Contracts;

namespace Hub.Gateway.Tests.Stores.InMemory;

/// <summary>The contract on the in-process store: "both instances" are the same object.</summary>
public sealed class InMemoryAuditLogTests : AuditLogContract
{
    private readonly InMemoryAuditLog _store;

    public InMemoryAuditLogTests()
    {
        _store = new InMemoryAuditLog();
    }

    protected override IAuditLog Log => _store;

    protected override IAuditLog Peer => _store;
}
