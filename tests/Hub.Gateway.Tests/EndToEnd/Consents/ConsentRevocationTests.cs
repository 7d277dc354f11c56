using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Tests.EndToEnd.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Sandbox.RelyingParty;

namespace Hub.Gateway.Tests.EndToEnd.Consents;

/// <summary>
/// The dashboard end to end: sign in with the regional ID, see the service, download the records, revoke; then the
/// old access token is refused at userinfo, the next login asks again, and the demo RP's real SET receiver accepted
/// the signed consent-revoked SET. And an RP whose endpoint is down: retried with backoff, shown as failing.
/// </summary>
public sealed class ConsentRevocationTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string?> FastDelivery = new()
    {
        ["Hub:ConsentRevocation:PollInterval"] = "00:00:00.100",
        ["Hub:ConsentRevocation:InitialBackoff"] = "00:00:00.100",
        ["Hub:ConsentRevocation:MaxBackoff"] = "00:00:00.200",
        ["Hub:ConsentRevocation:MaxAttempts"] = "1000",
        ["Hub:ConsentRevocation:RequestTimeout"] = "00:00:02",
    };

    private TestFederation _federation = null!;
    private DemoRelyingPartyHost _demoRp = null!;

    public async Task InitializeAsync()
    {
        _federation = await TestFederation.StartAsync(settings: FastDelivery);
        _demoRp = await DemoRelyingParty.StartAsync(new DemoRelyingPartyOptions
        {
            Url = "http://127.0.0.1:0",
            Authority = _federation.Issuer.AbsoluteUri,
            ClientId = RelyingPartyClient.ClientId,
            PrivateKeyPath = TestPaths.Key("demo-rp-osaka-kosodate.private.jwk"),
        });
        await PointRevocationEndpointAsync(new Uri(_demoRp.BaseUrl, "consent-revoked"));
    }

    public async Task DisposeAsync()
    {
        await _demoRp.DisposeAsync();
        await _federation.DisposeAsync();
    }

    [Fact]
    public async Task Revoke_FromDashboard_TokenRefusedNextLoginAsksAgainAndRpReceivesTheSet()
    {
        var (firstSteps, subject, accessToken) = await LoginAtRelyingPartyAsync();
        Assert.Contains("consent", firstSteps);
        Assert.Equal(HttpStatusCode.OK, (await UserInfoAsync(accessToken)).StatusCode);
        var discovery = await _federation.BackChannel.GetFromJsonAsync<JsonElement>(new Uri(_federation.Issuer, ".well-known/openid-configuration"));
        Assert.DoesNotContain("refresh_token", discovery.GetProperty("grant_types_supported").EnumerateArray().Select(g => g.GetString()));
        using var browser = _federation.CreateBrowser();
        var dashboard = new ConsentDashboard(_federation, browser);

        var page = await dashboard.SignInAsync();
        Assert.Contains("data-client=\"osaka-kosodate\" data-state=\"active\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("data-claim=\"birthdate\"", page.Html, StringComparison.Ordinal);
        using (var records = await dashboard.RecordsAsync())
        {
            Assert.True(records.RootElement.GetProperty("chainIntact").GetBoolean());
            var granted = Assert.Single(records.RootElement.GetProperty("records").EnumerateArray());
            Assert.Equal("Granted", granted.GetProperty("action").GetString());
            Assert.Equal(subject, granted.GetProperty("subject").GetString());
            Assert.False(records.RootElement.TryGetProperty("subject", out _));
            Assert.Equal(new string('0', 64), granted.GetProperty("previousHash").GetString());
        }

        var revoked = await dashboard.RevokeAsync(page, "osaka-kosodate");

        Assert.Contains("data-client=\"osaka-kosodate\" data-state=\"revoked\"", revoked.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await UserInfoAsync(accessToken)).StatusCode);
        var received = await WaitForRevocationAsync();
        Assert.Equal(subject, received.GetProperty("sub").GetString());
        Assert.Contains("https://schemas.regional-id.jp/secevent/consent-revoked",
            received.GetProperty("event_types").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("Delivered", ConsentDashboard.NotificationState(await dashboard.ReloadAsync()));
        using (var records = await dashboard.RecordsAsync())
        {
            var all = records.RootElement.GetProperty("records").EnumerateArray().ToList();
            Assert.Equal(["Granted", "Revoked"], all.Select(r => r.GetProperty("action").GetString()));
            Assert.Equal([subject, subject], all.Select(r => r.GetProperty("subject").GetString()));
            Assert.Equal(all[0].GetProperty("hash").GetString(), all[1].GetProperty("previousHash").GetString());
        }
        var (secondSteps, secondSubject, _) = await LoginAtRelyingPartyAsync();
        Assert.Contains("consent", secondSteps);
        Assert.Equal(subject, secondSubject);
    }

    [Fact]
    public async Task Revoke_EndpointDown_RetriedWithBackoffAndShownAsFailing()
    {
        await PointRevocationEndpointAsync(new Uri($"http://127.0.0.1:{FreePort.Next()}/consent-revoked"));
        await LoginAtRelyingPartyAsync();
        using var browser = _federation.CreateBrowser();
        var dashboard = new ConsentDashboard(_federation, browser);
        var page = await dashboard.SignInAsync();

        await dashboard.RevokeAsync(page, "osaka-kosodate");

        var deliveries = _federation.Services.GetRequiredService<ISetDeliveryStore>();
        var owner = _federation.Services.GetRequiredService<Hub.Gateway.Policy.ConsentSubject>().For("mebuku", Sandbox.Providers.Mebuku.MebukuResidents.Taro.UserNumber);
        SetDelivery? delivery = null;
        for (var i = 0; i < 100 && (delivery is null || delivery.Attempts < 3); i++)
        {
            await Task.Delay(100);
            delivery = await deliveries.GetLatestAsync(owner, "osaka-kosodate");
        }
        Assert.NotNull(delivery);
        Assert.True(delivery.Attempts >= 3, $"attempts: {delivery.Attempts}");
        Assert.Equal(SetDeliveryState.Retrying, delivery.State);
        var shown = await dashboard.ReloadAsync();
        Assert.Equal("Retrying", ConsentDashboard.NotificationState(shown));
        Assert.Contains("通知失敗（再試行中）", shown.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_SignedOutThenInThenOut_SessionDecidesWhatIsShown()
    {
        using var browser = _federation.CreateBrowser();
        var dashboard = new ConsentDashboard(_federation, browser);
        var signedOut = await dashboard.ReloadAsync();
        var refusedRecords = await browser.GetAsync(new Uri(_federation.Issuer, "consents/records.json"));

        var page = await dashboard.SignInAsync();
        await browser.FollowAsync(await browser.SubmitAsync(page, "sign-out"));

        Assert.NotNull(signedOut.Form("sign-in"));
        Assert.Null(signedOut.Form("sign-out"));
        Assert.Equal(HttpStatusCode.Unauthorized, refusedRecords.Status);
        Assert.Contains("id=\"no-services\"", page.Html, StringComparison.Ordinal);
        Assert.NotNull((await dashboard.ReloadAsync()).Form("sign-in"));
    }

    private async Task PointRevocationEndpointAsync(Uri endpoint)
        => await _federation.PublishAsync(d => d with
        {
            RelyingParties = [.. d.RelyingParties.Select(r => r.ClientId == RelyingPartyClient.ClientId ? r with { ConsentRevocationEndpoint = endpoint } : r)],
        });

    private async Task<(List<string> Steps, string Subject, string AccessToken)> LoginAtRelyingPartyAsync()
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
        var response = rp.Callback(await login.RunAsync(browser, rp.AuthorizeUrl(idpHint: "mebuku")));
        var tokens = await rp.RedeemAsync(response["code"]);
        // Nothing outlives a revocation: the hub issues no refresh tokens.
        Assert.False(tokens.TryGetProperty("refresh_token", out _));
        var idToken = await rp.ValidateIdTokenAsync(tokens.GetProperty("id_token").GetString()!);
        return (steps, idToken.Subject, tokens.GetProperty("access_token").GetString()!);
    }

    private async Task<HttpResponseMessage> UserInfoAsync(string accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_federation.Issuer, "connect/userinfo"));
        request.Headers.Authorization = RelyingPartyClient.Bearer(accessToken);
        return await _federation.BackChannel.SendAsync(request);
    }

    private async Task<JsonElement> WaitForRevocationAsync()
    {
        using var http = new HttpClient();
        for (var i = 0; i < 100; i++)
        {
            var log = await http.GetFromJsonAsync<JsonElement>(new Uri(_demoRp.BaseUrl, "revocations.json"));
            if (log.GetArrayLength() > 0)
            {
                return Assert.Single(log.EnumerateArray().ToList());
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("The demo RP received no consent-revocation SET.");
    }
}
