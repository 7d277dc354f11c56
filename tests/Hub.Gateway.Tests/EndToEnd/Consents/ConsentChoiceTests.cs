using System.Net;
using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Tests.EndToEnd.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Gateway.Tests.EndToEnd.Consents;

/// <summary>The consent page's choices: refusing a required claim (explained first), and a new claim asked later.</summary>
public sealed class ConsentChoiceTests : IAsyncLifetime
{
    private TestFederation _federation = null!;

    public async Task InitializeAsync() => _federation = await TestFederation.StartAsync();

    public async Task DisposeAsync() => await _federation.DisposeAsync();

    [Fact]
    public async Task Deny_RequiredClaims_ExplainedFirstThenAccessDenied()
    {
        using var browser = _federation.CreateBrowser();
        var rp = _federation.CreateRelyingParty();
        BrowserPage? explanation = null;
        var login = new FederationLogin
        {
            User = "taro", Password = "taro-demo", Consent = false,
            BeforeStep = (step, page) =>
            {
                explanation = step == "refuse-confirm" ? page : explanation;
                return Task.CompletedTask;
            },
        };

        var end = await login.RunAsync(browser, rp.AuthorizeUrl(idpHint: "mebuku"));

        Assert.NotNull(explanation);
        Assert.Contains("がないと利用できません", explanation.Html, StringComparison.Ordinal);
        Assert.Contains("id=\"refusal-back\"", explanation.Html, StringComparison.Ordinal);
        Assert.Equal("access_denied", rp.Callback(end)["error"]);
        var records = _federation.Services.GetRequiredService<IConsentStore>();
        Assert.Empty(await records.ListAsync(Owner()));
        Assert.Equal(ConsentAction.Denied, Assert.Single(await records.ReadRecordsAsync(Owner())).Action);
    }

    [Fact]
    public async Task Deny_ThenGoBack_ConsentPageAgainAndApprovalStillWorks()
    {
        using var browser = _federation.CreateBrowser();
        var rp = _federation.CreateRelyingParty();
        var consent = await new FederationLogin { User = "taro", Password = "taro-demo" }
            .RunUntilAsync(browser, rp.AuthorizeUrl(idpHint: "mebuku"), "consent");

        var explanation = await browser.SubmitAsync(consent, "consent", ("decision", "deny"));
        var back = await browser.GetAsync(new Uri(explanation.Url, System.Text.RegularExpressions.Regex.Match(explanation.Html, "id=\"refusal-back\" href=\"([^\"]+)\"").Groups[1].Value));
        var end = await browser.FollowAsync(await browser.SubmitAsync(back, "consent", ("decision", "approve")), RelyingPartyClient.IsCallback);

        Assert.Equal(HttpStatusCode.OK, explanation.Status);
        Assert.NotNull(explanation.Form("refuse-confirm"));
        Assert.NotNull(back.Form("consent"));
        Assert.True(rp.Callback(end).ContainsKey("code"));
    }

    [Fact]
    public async Task Login_NewClaimAskedLater_AsksAgain()
    {
        var first = await StepsAsync("openid profile");
        var same = await StepsAsync("openid profile");
        var more = await StepsAsync(RelyingPartyClient.Scope);

        Assert.Contains("consent", first);
        Assert.DoesNotContain("consent", same);
        Assert.Contains("consent", more);
    }

    private string Owner() => _federation.Services.GetRequiredService<Hub.Gateway.Policy.ConsentSubject>()
        .For("mebuku", Sandbox.Providers.Mebuku.MebukuResidents.Taro.UserNumber);

    private async Task<List<string>> StepsAsync(string scope)
    {
        using var browser = _federation.CreateBrowser();
        var rp = _federation.CreateRelyingParty();
        var steps = new List<string>();
        var login = new FederationLogin
        {
            User = "taro", Password = "taro-demo",
            BeforeStep = (step, _) =>
            {
                steps.Add(step);
                return Task.CompletedTask;
            },
        };
        var response = rp.Callback(await login.RunAsync(browser, rp.AuthorizeUrl(idpHint: "mebuku", scope: scope)));
        Assert.True(response.ContainsKey("code"));
        return steps;
    }
}
