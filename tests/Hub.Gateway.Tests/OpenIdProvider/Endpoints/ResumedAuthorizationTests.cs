using Hub.Gateway.Tests.OpenIdProvider.Infrastructure;
using Hub.TrustList.Model;

namespace Hub.Gateway.Tests.OpenIdProvider.Endpoints;

/// <summary>The orchestration's path: begin, keep the parameters in the flow, come back to /connect/authorize/complete.</summary>
public sealed class ResumedAuthorizationTests
{
    [Fact]
    public async Task Complete_FinishedFlow_IssuesCodeBoundToTheOriginalRequest()
    {
        using var host = new OpenIdProviderHost();
        host.Interaction.Deferred = true;
        var client = host.CreateOidcClient();

        var parameters = OidcTestClient.RedirectParameters(await client.AuthorizeAsync());
        Assert.Equal(client.State, parameters["state"]);
        Assert.Equal(OpenIdProviderHost.Issuer, parameters["iss"]);

        var tokens = await client.RedeemSuccessfullyAsync(parameters["code"]);
        var idToken = await client.ValidateIdTokenAsync(tokens.GetProperty("id_token").GetString()!);
        Assert.Equal(client.Nonce, idToken.GetClaim("nonce").Value);
    }

    [Fact]
    public async Task Complete_UnknownFlow_ShowsErrorPage()
    {
        using var host = new OpenIdProviderHost();
        var client = host.CreateOidcClient();

        var response = await client.Http.GetAsync("connect/authorize/complete?flow=does-not-exist");

        await AuthorizationEndpointTests.AssertErrorPage(response, "invalid_request");
    }

    [Fact]
    public async Task Complete_FlowUsedTwice_SecondShowsErrorPage()
    {
        using var host = new OpenIdProviderHost();
        host.Interaction.Deferred = true;
        var client = host.CreateOidcClient();
        var begin = await client.Http.GetAsync(Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("connect/authorize", client.AuthorizationParameters()));
        var completion = begin.Headers.Location!;

        OidcTestClient.RedirectParameters(await client.Http.GetAsync(completion));
        var again = await client.Http.GetAsync(completion);

        await AuthorizationEndpointTests.AssertErrorPage(again, "invalid_request");
    }

    [Fact]
    public async Task Complete_ClientSuspendedDuringTheFlow_ShowsErrorPageAndIssuesNoCode()
    {
        using var host = new OpenIdProviderHost();
        host.Interaction.Deferred = true;
        var client = host.CreateOidcClient();
        var begin = await client.Http.GetAsync(Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("connect/authorize", client.AuthorizationParameters()));
        host.TrustList.Current = TestTrustList.Build(host.RpKeys.PublicKeys, rp => rp.ClientId == TestTrustList.OsakaService
            ? rp with { StatusHistory = [.. rp.StatusHistory, new StatusChange(EntryStatus.Suspended, host.Time.GetUtcNow(), "test")] }
            : rp);

        var response = await client.Http.GetAsync(begin.Headers.Location!);

        await AuthorizationEndpointTests.AssertErrorPage(response, "invalid_request");
    }

    [Fact]
    public async Task Complete_DeniedInTheFlow_RedirectsAccessDenied()
    {
        using var host = new OpenIdProviderHost();
        host.Interaction.Deferred = true;
        host.Interaction.RejectWith = "access_denied";
        var client = host.CreateOidcClient();

        var parameters = OidcTestClient.RedirectParameters(await client.AuthorizeAsync());

        Assert.Equal("access_denied", parameters["error"]);
        Assert.Equal(OpenIdProviderHost.Issuer, parameters["iss"]);
    }
}
