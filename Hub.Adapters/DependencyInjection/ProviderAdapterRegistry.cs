using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using Hub.Adapters.Abstractions;
using Hub.TrustList.Model;

namespace Hub.Adapters.DependencyInjection;

/// <summary>Built from every <see cref="IProviderAdapter"/> that scanning registered; two adapters for one protocol stop the host.</summary>
internal sealed class ProviderAdapterRegistry : IProviderAdapterRegistry
{
    private readonly FrozenDictionary<ProviderProtocol, IProviderAdapter> _adapters;

    public ProviderAdapterRegistry(IEnumerable<IProviderAdapter> adapters)
    {
        var byProtocol = new Dictionary<ProviderProtocol, IProviderAdapter>();
        foreach (var adapter in adapters)
        {
            if (!byProtocol.TryAdd(adapter.Protocol, adapter))
            {
                throw new InvalidOperationException(
                    $"Two adapters claim protocol {adapter.Protocol}: {byProtocol[adapter.Protocol].GetType().Name} and {adapter.GetType().Name}.");
            }
        }
        _adapters = byProtocol.ToFrozenDictionary();
    }

    public IReadOnlyCollection<ProviderProtocol> Protocols => _adapters.Keys;

    public IProviderAdapter For(ProviderProtocol protocol)
        => _adapters.TryGetValue(protocol, out var adapter)
            ? adapter
            : throw new InvalidOperationException($"No adapter is registered for protocol {protocol}.");

    public bool TryGet(ProviderProtocol protocol, [NotNullWhen(true)] out IProviderAdapter? adapter)
        => _adapters.TryGetValue(protocol, out adapter);
}
