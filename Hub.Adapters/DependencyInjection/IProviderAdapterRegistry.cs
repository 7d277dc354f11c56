using System.Diagnostics.CodeAnalysis;
using Hub.Adapters.Abstractions;
using Hub.TrustList.Model;

namespace Hub.Adapters.DependencyInjection;

/// <summary>The registered protocol adapters, keyed by protocol. The gateway picks one per trust-list entry.</summary>
public interface IProviderAdapterRegistry
{
    IReadOnlyCollection<ProviderProtocol> Protocols { get; }

    /// <summary>The adapter for <paramref name="protocol"/>; throws if none is registered (a host configuration error).</summary>
    IProviderAdapter For(ProviderProtocol protocol);

    bool TryGet(ProviderProtocol protocol, [NotNullWhen(true)] out IProviderAdapter? adapter);
}
