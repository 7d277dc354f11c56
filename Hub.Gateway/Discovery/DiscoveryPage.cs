using Hub.Gateway.Policy;

namespace Hub.Gateway.Discovery;

/// <summary>One page of results: offered options first, then the greyed ones, each with its reason.</summary>
public sealed record DiscoveryPage(IReadOnlyList<ProviderOption> Items, int Total, int Page, int PageCount)
{
    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;
}
