namespace Hub.Bench.Load.Browsing;

/// <summary>
/// The hub's public issuer and its instances. With several instances, each request to the hub goes to the next one
/// in turn (a round-robin load balancer without affinity: the flow state must be shared through the store).
/// </summary>
public sealed class HubRouter
{
    private readonly Uri[] _instances;
    private readonly int[] _requests;
    private int _next;

    public HubRouter(Uri issuer, IReadOnlyList<Uri> instances)
    {
        Issuer = issuer;
        _instances = [.. instances];
        _requests = new int[Math.Max(1, _instances.Length)];
    }

    /// <summary>How many requests went to each instance.</summary>
    public IReadOnlyList<int> RequestsPerInstance => [.. Enumerable.Range(0, _requests.Length).Select(i => Volatile.Read(ref _requests[i]))];

    public Uri Issuer { get; }

    public bool IsHub(Uri url) => string.Equals(url.Authority, Issuer.Authority, StringComparison.OrdinalIgnoreCase);

    public Uri Route(Uri url)
    {
        if (_instances.Length <= 1)
        {
            Interlocked.Increment(ref _requests[0]);
            return url;
        }
        var index = (int)((uint)Interlocked.Increment(ref _next) % (uint)_instances.Length);
        Interlocked.Increment(ref _requests[index]);
        var instance = _instances[index];
        return new UriBuilder(url) { Host = instance.Host, Port = instance.Port }.Uri;
    }
}
