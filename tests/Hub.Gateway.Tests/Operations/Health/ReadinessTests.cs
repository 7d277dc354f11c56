using System.Net;
using System.Text.Json;
using Hub.Gateway.Operations.Health;
using Hub.Gateway.Tests.EndToEnd.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Gateway.Tests.Operations.Health;

/// <summary>/readyz over HTTP: ready with every check passing, unready (503) on each failing condition.</summary>
public sealed class ReadinessTests
{
    [Fact]
    public async Task GetReadyz_AllConditionsMet_Returns200WithEveryCheck()
    {
        await using var host = await OperationsHost.StartAsync();

        var (status, body) = await ReadyzAsync(host);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        foreach (var check in new[] { TrustListReadinessCheck.Name, StoreReadinessCheck.Name, SigningKeyReadinessCheck.Name })
        {
            Assert.Equal("Healthy", body.GetProperty("checks").GetProperty(check).GetProperty("status").GetString());
        }
        Assert.Equal(host.TrustList.Document.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
            body.GetProperty("checks").GetProperty(TrustListReadinessCheck.Name).GetProperty("sequence").GetString());
    }

    [Fact]
    public async Task GetReadyz_TrustListPastItsNextUpdate_Returns503Stale()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await OperationsHost.StartAsync(services: s => s.AddSingleton<TimeProvider>(time));
        time.SetUtcNow(host.TrustList.Document.NextUpdate.AddSeconds(1));

        var (status, body) = await ReadyzAsync(host);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        AssertUnhealthy(body, TrustListReadinessCheck.Name, "health.trustlist.stale");
    }

    [Fact]
    public async Task GetReadyz_RedisOnAClosedPort_Returns503StoreUnreachable()
    {
        var closed = FreePort.Next();
        await using var host = await OperationsHost.StartAsync(new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = $"127.0.0.1:{closed},connectTimeout=500,asyncTimeout=500,syncTimeout=500",
        });

        var (status, body) = await ReadyzAsync(host);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        var store = body.GetProperty("checks").GetProperty(StoreReadinessCheck.Name);
        Assert.Equal("Unhealthy", store.GetProperty("status").GetString());
        Assert.StartsWith("health.store.", store.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(closed.ToString(System.Globalization.CultureInfo.InvariantCulture), body.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetReadyz_NoSigningKey_Returns503SigningKeyMissing()
    {
        await using var host = await OperationsHost.StartAsync(services: s => s.Replace(ServiceDescriptor.Singleton<ISigningKeyProbe, NoSigningKey>()));

        var (status, body) = await ReadyzAsync(host);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        AssertUnhealthy(body, SigningKeyReadinessCheck.Name, "health.signing_key.missing");
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty(TrustListReadinessCheck.Name).GetProperty("status").GetString());
    }

    private static void AssertUnhealthy(JsonElement body, string check, string code)
    {
        var entry = body.GetProperty("checks").GetProperty(check);
        Assert.Equal(("Unhealthy", code), (entry.GetProperty("status").GetString(), entry.GetProperty("description").GetString()));
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> ReadyzAsync(OperationsHost host)
    {
        using var response = await host.Client.GetAsync(new Uri("/readyz", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    private sealed class NoSigningKey : ISigningKeyProbe
    {
        public Task<string?> CurrentSigningKeyIdAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
    }
}
