using Hub.Gateway.Stores.Abstractions;

namespace Hub.Gateway.Stores.InMemory;

/// <summary>The in-process store is part of the process: reachable while the process runs.</summary>
public sealed class InMemoryStoreHealth : IStoreHealth
{
    public Task<bool> IsReachableAsync(CancellationToken cancellationToken = default) => Task.FromResult(true);
}
