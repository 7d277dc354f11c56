using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Stores.InMemory;
using Hub.Gateway.Tests.EndToEnd.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hub.Gateway.Tests.EndToEnd;

/// <summary>
/// A login whose consent is already given ends at the provider's callback: the hub completes the RP's saved request
/// in that same request (full validation, code issuance) instead of redirecting the browser to
/// <c>/connect/authorize/complete</c>. <c>prompt=consent</c> asks the person again.
/// </summary>
public sealed class InPlaceCompletionTests : IAsyncLifetime
{
    private TestFederation _federation = null!;
    private CountingFlowStateStore _flows = null!;

    public async Task InitializeAsync() => _federation = await TestFederation.StartAsync(services: services =>
    {
        services.RemoveAll<IFlowStateStore>();
        services.AddSingleton<IFlowStateStore>(provider =>
            _flows = new CountingFlowStateStore(new InMemoryFlowStateStore(provider.GetRequiredService<TimeProvider>())));
    });

    public async Task DisposeAsync() => await _federation.DisposeAsync();

    [Theory]
    [InlineData("aizu-plus", "yuki", "/oidc/callback")]
    [InlineData("mebuku", "taro", "/saml/acs")]
    public async Task Callback_ConsentAlreadyGiven_AnswersWithTheRpRedirectAndAWorkingCode(string provider, string user, string callbackPath)
    {
        await LoginAsync(provider, user);
        using var browser = _federation.CreateBrowser();
        var rp = _federation.CreateRelyingParty();
        var redirects = new List<Uri>();

        var end = await new FederationLogin
        {
            User = user, Password = user + "-demo",
            StopAt = url =>
            {
                redirects.Add(url);
                return RelyingPartyClient.IsCallback(url);
            },
        }.RunAsync(browser, rp.AuthorizeUrl(idpHint: provider));

        Assert.DoesNotContain(redirects, url => url.AbsolutePath.EndsWith("/connect/authorize/complete", StringComparison.Ordinal));
        Assert.EndsWith(callbackPath, end.Url.AbsolutePath, StringComparison.Ordinal);
        var response = rp.Callback(end);
        Assert.Equal(rp.State, response["state"]);
        Assert.Equal(_federation.Issuer.AbsoluteUri.TrimEnd('/'), response["iss"].TrimEnd('/'));
        var tokens = await rp.RedeemAsync(response["code"]);
        var idToken = await rp.ValidateIdTokenAsync(tokens.GetProperty("id_token").GetString()!);
        Assert.Equal(rp.Nonce, idToken.GetClaim("nonce").Value);
    }

    /// <summary>
    /// With a hint the flow is stored once, already at the provider (not created, read back and advanced), and the
    /// completion takes the flow the callback has just finished instead of reading it again: one create, one read (the
    /// callback's), one update (finished) and the single-use delete.
    /// </summary>
    [Theory]
    [InlineData("aizu-plus", "yuki")]
    [InlineData("mebuku", "taro")]
    public async Task Login_HintAndConsentAlreadyGiven_FlowWrittenOnceAndReadOnce(string provider, string user)
    {
        await LoginAsync(provider, user);
        _flows.Reset();
        using var browser = _federation.CreateBrowser();
        var rp = _federation.CreateRelyingParty();

        var end = await new FederationLogin { User = user, Password = user + "-demo" }.RunAsync(browser, rp.AuthorizeUrl(idpHint: provider));

        Assert.True(rp.Callback(end).ContainsKey("code"), end.ToString());
        Assert.Equal(1, _flows.Count("create"));
        Assert.Equal(1, _flows.Count("get"));
        Assert.Equal(1, _flows.Count("update"));
        Assert.Equal(1, _flows.Count("delete"));
    }

    [Fact]
    public async Task PromptConsent_ConsentAlreadyGiven_ConsentPageShownAgain()
    {
        await LoginAsync("aizu-plus", "yuki");
        using var browser = _federation.CreateBrowser();
        var rp = _federation.CreateRelyingParty();
        var steps = new List<string>();

        var end = await new FederationLogin
        {
            User = "yuki", Password = "yuki-demo",
            BeforeStep = (step, _) =>
            {
                steps.Add(step);
                return Task.CompletedTask;
            },
        }.RunAsync(browser, rp.AuthorizeUrl(idpHint: "aizu-plus", prompt: "login consent"));

        Assert.Contains("consent", steps);
        Assert.True(rp.Callback(end).ContainsKey("code"));
    }

    [Fact]
    public async Task Callback_ConsentAlreadyGiven_NoPromptConsent_NoConsentPage()
    {
        await LoginAsync("aizu-plus", "yuki");
        using var browser = _federation.CreateBrowser();
        var rp = _federation.CreateRelyingParty();
        var steps = new List<string>();

        await new FederationLogin
        {
            User = "yuki", Password = "yuki-demo",
            BeforeStep = (step, _) =>
            {
                steps.Add(step);
                return Task.CompletedTask;
            },
        }.RunAsync(browser, rp.AuthorizeUrl(idpHint: "aizu-plus"));

        Assert.DoesNotContain("consent", steps);
    }

    /// <summary>A first login that gives consent.</summary>
    private async Task LoginAsync(string provider, string user)
    {
        using var browser = _federation.CreateBrowser();
        var rp = _federation.CreateRelyingParty();
        var end = await new FederationLogin { User = user, Password = user + "-demo" }.RunAsync(browser, rp.AuthorizeUrl(idpHint: provider));
        Assert.True(rp.Callback(end).ContainsKey("code"), end.ToString());
    }
}
