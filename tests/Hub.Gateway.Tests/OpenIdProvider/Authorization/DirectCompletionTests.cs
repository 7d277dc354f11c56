using System.Net;
using System.Security.Claims;
using Hub.Gateway.OpenIdProvider.Authorization;
using Hub.Gateway.Tests.OpenIdProvider.Infrastructure;
using Hub.TrustList.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hub.Gateway.Tests.OpenIdProvider.Authorization;

/// <summary>
/// The direct completion of a finished flow (no OpenIddict pipeline): the plain case answered with a code that the
/// token endpoint redeems, every other case left untouched for OpenIddict, and the outcomes decided after the flow
/// was taken answered at the checked redirect_uri.
/// </summary>
public sealed class DirectCompletionTests
{
    [Fact]
    public async Task TryRun_PlainRequest_RedirectsWithCodeStateAndIssAndTheCodeRedeems()
    {
        using var host = new OpenIdProviderHost();
        var client = host.CreateOidcClient();
        var flow = await BeginDeferredAsync(host, client);

        var answer = await RunAsync(host, flow);

        await DirectAnswers.AssertCodeRedeemsAsync(client, answer, "urn:jp:regional-id:loa:A");
    }

    [Fact]
    public async Task TryRun_FormPostResponseMode_LeftToOpenIddictAndTheFlowKept()
    {
        using var host = new OpenIdProviderHost();
        var client = host.CreateOidcClient();
        var flow = await BeginDeferredAsync(host, client, new Dictionary<string, string?> { ["response_mode"] = "form_post" });

        var (status, _) = await RunAsync(host, flow);

        Assert.Null(status);
        var completed = await client.Http.GetAsync(flow.CompletionUrl);
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.Contains("name=\"code\"", await completed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryRun_ClientSuspendedDuringTheFlow_LeftToOpenIddictWhichShowsTheErrorPage()
    {
        using var host = new OpenIdProviderHost();
        var client = host.CreateOidcClient();
        var flow = await BeginDeferredAsync(host, client);
        host.TrustList.Current = TestTrustList.Build(host.RpKeys.PublicKeys, rp => rp.ClientId == TestTrustList.OsakaService
            ? rp with { StatusHistory = [.. rp.StatusHistory, new StatusChange(EntryStatus.Suspended, host.Time.GetUtcNow(), "test")] }
            : rp);

        var (status, _) = await RunAsync(host, flow);

        Assert.Null(status);
        await Endpoints.AuthorizationEndpointTests.AssertErrorPage(await client.Http.GetAsync(flow.CompletionUrl), "invalid_request");
    }

    [Fact]
    public async Task TryRun_UnknownFlow_Null()
    {
        using var host = new OpenIdProviderHost();
        var client = host.CreateOidcClient();
        var flow = await BeginDeferredAsync(host, client);

        var (status, _) = await RunAsync(host, flow with { Id = "not-a-flow" });

        Assert.Null(status);
    }

    [Fact]
    public async Task TryRun_RejectedFlow_ErrorAtTheRedirectUriWithStateAndIss()
    {
        using var host = new OpenIdProviderHost();
        host.Interaction.RejectWith = "access_denied";
        var client = host.CreateOidcClient();
        var flow = await BeginDeferredAsync(host, client);

        var (_, location) = await RunAsync(host, flow);

        var query = QueryHelpers.ParseQuery(new Uri(location!).Query);
        Assert.Equal("access_denied", query["error"]);
        Assert.Equal(client.State, query["state"]);
        Assert.Equal(OpenIdProviderHost.Issuer, query["iss"]);
        Assert.False(query.ContainsKey("code"));
    }

    [Fact]
    public async Task TryRun_LevelBelowTheRequest_UnmetAuthenticationRequirements()
    {
        using var host = new OpenIdProviderHost();
        host.Interaction.Identity = now => TestIdentities.MaebashiResident(now, LevelOfAssurance.B);
        var client = host.CreateOidcClient();
        var flow = await BeginDeferredAsync(host, client, new Dictionary<string, string?> { ["acr_values"] = "urn:jp:regional-id:loa:A" });

        var (_, location) = await RunAsync(host, flow);

        Assert.Equal("unmet_authentication_requirements", QueryHelpers.ParseQuery(new Uri(location!).Query)["error"]);
    }

    [Fact]
    public async Task TryRun_AuditCannotBeWritten_NoCodeDelivered()
    {
        using var baseHost = new OpenIdProviderHost();
        using var host = baseHost.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<ICodeIssuanceAudit>();
            services.AddSingleton<ICodeIssuanceAudit, FailingAudit>();
        }));
        var client = new OidcTestClient(host.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri(OpenIdProviderHost.Issuer) }), baseHost, TestTrustList.OsakaService);
        var flow = await BeginDeferredAsync(baseHost, client);

        var (_, location) = await RunAsync(host.Services, flow);

        var query = QueryHelpers.ParseQuery(new Uri(location!).Query);
        Assert.Equal("temporarily_unavailable", query["error"]);
        Assert.False(query.ContainsKey("code"));
    }

    private sealed record DeferredFlow(string Id, string CompletionUrl, IReadOnlyDictionary<string, string> Parameters);

    private static async Task<DeferredFlow> BeginDeferredAsync(OpenIdProviderHost host, OidcTestClient client, IDictionary<string, string?>? overrides = null)
    {
        host.Interaction.Deferred = true;
        var response = await client.Http.GetAsync(QueryHelpers.AddQueryString("connect/authorize", client.AuthorizationParameters(overrides)));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var completion = response.Headers.Location!.OriginalString;
        var id = QueryHelpers.ParseQuery(new Uri(new Uri(OpenIdProviderHost.Issuer), completion).Query)["flow"].ToString();
        return new DeferredFlow(id, completion, host.Interaction.Requests[^1].Parameters);
    }

    private static Task<(int? Status, string? Location)> RunAsync(OpenIdProviderHost host, DeferredFlow flow) => RunAsync(host.Services, flow);

    private static async Task<(int? Status, string? Location)> RunAsync(IServiceProvider services, DeferredFlow flow)
    {
        await using var scope = services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        return await DirectAnswers.ExecuteAsync(
            await scope.ServiceProvider.GetRequiredService<DirectCompletion>().TryRunAsync(context, flow.Id, flow.Parameters), context);
    }

    private sealed class FailingAudit : ICodeIssuanceAudit
    {
        public Task<bool> RecordAsync(HttpContext httpContext, CodeIssuance issuance, CancellationToken cancellationToken)
            => Task.FromResult(false);
    }
}
