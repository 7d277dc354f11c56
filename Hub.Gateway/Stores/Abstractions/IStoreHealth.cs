namespace Hub.Gateway.Stores.Abstractions;

/// <summary>Whether the state store answers now (for /readyz). Never throws.</summary>
public interface IStoreHealth
{
    Task<bool> IsReachableAsync(CancellationToken cancellationToken = default);
}
