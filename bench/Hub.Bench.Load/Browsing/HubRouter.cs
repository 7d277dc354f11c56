namespace Hub.Bench.Load.Browsing;

/// <summary>
/// The hub's public issuer and its instances. With several instances, each request to the hub goes to the next one
/// in turn (a round-robin load balancer without affinity: the flow state must be shared through the store).
/// </summary>
public sealed class HubRouter
{
    private readonly Uri[] _instances;
    private int _next;

    public HubRouter(Uri issuer, IReadOnlyList<Uri> instances)
    {
        Issuer = issuer;
        _instances = [.. instances];
    }

    public Uri Issuer { get; }

    public bool IsHub(Uri url) => string.Equals(url.Authority, Issuer.Authority, StringComparison.OrdinalIgnoreCase);

    public Uri Route(Uri url)
    {
        if (_instances.Length <= 1)
        {
            return url;
        }
        var instance = _instances[(int)((uint)Interlocked.Increment(ref _next) % (uint)_instances.Length)];
        return new UriBuilder(url) { Host = instance.Host, Port = instance.Port }.Uri;
    }
}
