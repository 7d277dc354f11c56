using Hub.Gateway.Tests.EndToEnd.Infrastructure;

namespace Hub.Gateway.Tests.EndToEnd;

/// <summary>
/// A login whose consent is already given ends at the provider's callback: the hub completes the RP's saved request
/// in that same request (full validation, code issuance) instead of redirecting the browser to
/// <c>/connect/authorize/complete</c>. <c>prompt=consent</c> asks the person again.
/// </summary>
public sealed class InPlaceCompletionTests : IAsyncLifetime
{
    private TestFederation _federation = null!;

    public async Task InitializeAsync() => _federation = await TestFederation.StartAsync();

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
