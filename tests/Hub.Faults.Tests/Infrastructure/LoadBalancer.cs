namespace Hub.Faults.Tests.Infrastructure;

/// <summary>
/// The test's load balancer in front of the hub instances: every request to the issuer goes to the next live
/// instance (round robin); a request whose instance refuses or drops the connection (it died) is sent once more to
/// the next one, and the dead instance leaves the rotation, as a load balancer with health checks would do.
/// </summary>
public sealed class LoadBalancer(Uri issuer, IReadOnlyList<HubProcess> instances) : DelegatingHandler
{
    private int _next;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri!.Authority != issuer.Authority)
        {
            return await base.SendAsync(request, cancellationToken);
        }
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var publicUrl = request.RequestUri;
        for (var attempt = 0; ; attempt++)
        {
            var instance = NextLive();
            using var copy = Copy(request, Rebase(publicUrl, instance.Url), body);
            try
            {
                return await base.SendAsync(copy, cancellationToken);
            }
            catch (HttpRequestException) when (attempt == 0 && !instance.IsRunning)
            {
                // The instance died under this request: the balancer tries the next one.
            }
            catch (HttpRequestException) when (attempt == 0)
            {
                await Task.Delay(50, cancellationToken);
            }
        }
    }

    private HubProcess NextLive()
    {
        for (var i = 0; i < instances.Count; i++)
        {
            var candidate = instances[(int)((uint)Interlocked.Increment(ref _next) % (uint)instances.Count)];
            if (candidate.IsRunning)
            {
                return candidate;
            }
        }
        throw new HttpRequestException("No hub instance is alive.");
    }

    private static Uri Rebase(Uri url, Uri instance) => new(instance, url.PathAndQuery);

    private static HttpRequestMessage Copy(HttpRequestMessage request, Uri url, byte[]? body)
    {
        var copy = new HttpRequestMessage(request.Method, url);
        foreach (var (name, values) in request.Headers)
        {
            copy.Headers.TryAddWithoutValidation(name, values);
        }
        if (body is not null)
        {
            copy.Content = new ByteArrayContent(body);
            foreach (var (name, values) in request.Content!.Headers)
            {
                copy.Content.Headers.TryAddWithoutValidation(name, values);
            }
        }
        return copy;
    }

    /// <summary>An HttpClient for an RP's back channel (token, jwks) through this balancer.</summary>
    public static HttpClient BackChannel(Uri issuer, IReadOnlyList<HubProcess> instances)
        => new(new LoadBalancer(issuer, instances) { InnerHandler = new HttpClientHandler { AllowAutoRedirect = false } });
}
