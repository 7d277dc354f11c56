using Hub.Adapters.Abstractions;
using Hub.Adapters.Oidc;
using Hub.Adapters.Tests.Oidc.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Hub.Adapters.Tests.Oidc.Http;

/// <summary>Retries for GET only, timeouts on every call, one circuit breaker per provider.</summary>
public sealed class ResilienceTests
{
    private static string DiscoveryPath(string providerId) => $"/{providerId}/.well-known/openid-configuration";

    [Fact]
    public async Task BeginAsync_DiscoveryGetFailsTwiceThenAnswers_IsRetriedAndSucceeds()
    {
        using var bed = OidcTestBed.Create(providers: b => [b.Provider(OidcTestBed.ProviderId, discovery: true)]);
        var issuer = bed.Issuer();
        var path = DiscoveryPath(OidcTestBed.ProviderId);
        bed.Server.Given(Request.Create().WithPath(path).UsingGet()).InScenario("flaky").WillSetStateTo("failed-once")
            .RespondWith(Response.Create().WithStatusCode(503));
        bed.Server.Given(Request.Create().WithPath(path).UsingGet()).InScenario("flaky").WhenStateIs("failed-once").WillSetStateTo("failed-twice")
            .RespondWith(Response.Create().WithStatusCode(502));
        bed.Server.Given(Request.Create().WithPath(path).UsingGet()).InScenario("flaky").WhenStateIs("failed-twice")
            .RespondWith(OidcTestBed.Json(200, new
            {
                issuer,
                authorization_endpoint = issuer + "/v2/authorize",
                token_endpoint = issuer + "/v2/token",
            }));

        var result = await bed.Adapter.BeginAsync(OidcTestBed.Context(), CancellationToken.None);

        Assert.Equal($"/{OidcTestBed.ProviderId}/v2/authorize", AdapterAssert.Succeeds(result).RedirectUrl.AbsolutePath);
        Assert.Equal(3, bed.CallsTo(path));
    }

    [Fact]
    public async Task BeginAsync_DiscoveryGetTimesOut_IsRetriedThenFallsBackToThePinnedEndpoints()
    {
        using var bed = OidcTestBed.Create(
            o =>
            {
                o.Http.AttemptTimeout = TimeSpan.FromSeconds(1);
                o.Http.TotalTimeout = TimeSpan.FromSeconds(20);
            },
            b => [b.Provider(OidcTestBed.ProviderId, discovery: true)]);
        var stub = new StallingResponder(TimeSpan.FromSeconds(30));
        bed.Server.Given(Request.Create().WithPath(DiscoveryPath(OidcTestBed.ProviderId)).UsingGet()).RespondWith(stub.Response());

        var result = await bed.Adapter.BeginAsync(OidcTestBed.Context(), CancellationToken.None);

        Assert.Equal($"/{OidcTestBed.ProviderId}/authorize", AdapterAssert.Succeeds(result).RedirectUrl.AbsolutePath);
        // Retried (more than one attempt reached the provider), at most the configured three attempts.
        Assert.InRange(stub.Calls, 2, 3);
    }

    [Fact]
    public async Task CompleteAsync_TotalTimeout_BoundsAllRetriesOfAGet()
    {
        using var bed = OidcTestBed.Create(
            o =>
            {
                o.Http.AttemptTimeout = TimeSpan.FromSeconds(4);
                o.Http.TotalTimeout = TimeSpan.FromSeconds(5);
            },
            b => [b.Provider(OidcTestBed.ProviderId, useUserinfo: true)]);
        var stub = new StallingResponder(TimeSpan.FromSeconds(60));
        bed.Server.Given(Request.Create().WithPath($"/{OidcTestBed.ProviderId}/userinfo").UsingGet()).RespondWith(stub.Response());
        var pending = await bed.BeginAsync();
        bed.StubToken(bed.IdToken(pending));

        var started = DateTime.UtcNow;
        var result = await bed.CompleteAsync(pending);

        // Three attempts of 4 s would take 12 s; the total timeout (5 s) ends the call during the second.
        AdapterAssert.Fails(result, OidcErrorCodes.ProviderUnavailable, AdapterErrorKind.Unavailable);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10), "the total timeout did not bound the retries");
        Assert.InRange(stub.Calls, 1, 2);
    }

    [Fact]
    public async Task CompleteAsync_ProviderFailsRepeatedly_OpensOnlyItsOwnBreaker()
    {
        const string failing = "failing-op";
        const string healthy = "healthy-op";
        using var bed = OidcTestBed.Create(
            o =>
            {
                o.Http.BreakerMinimumThroughput = 3;
                o.Http.BreakerFailureRatio = 1.0;
                o.Http.BreakDuration = TimeSpan.FromSeconds(30);
            },
            // Both providers share one host and port: the breaker must follow the provider, not the authority.
            b => [b.Provider(failing), b.Provider(healthy)]);
        bed.Server.Given(Request.Create().WithPath($"/{failing}/token").UsingPost()).RespondWith(Response.Create().WithStatusCode(500));

        for (var i = 0; i < 3; i++)
        {
            var failed = await bed.CompleteAsync(await bed.BeginAsync(failing));
            AdapterAssert.Fails(failed, OidcErrorCodes.ProviderUnavailable, AdapterErrorKind.Unavailable);
        }
        var whileOpen = await bed.CompleteAsync(await bed.BeginAsync(failing));
        var other = await bed.RunAsync(p => bed.IdToken(p), healthy);

        var error = AdapterAssert.Fails(whileOpen, OidcErrorCodes.ProviderUnavailable, AdapterErrorKind.Unavailable);
        Assert.Contains("BrokenCircuit", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, bed.CallsTo($"/{failing}/token"));
        AdapterAssert.Succeeds(other);
        Assert.Equal(1, bed.CallsTo($"/{healthy}/token"));
    }
}
