using System.Net;
using Hub.Gateway.Demo;
using Hub.Gateway.Tests.EndToEnd.Infrastructure;

namespace Hub.Gateway.Tests.Demo;

/// <summary>
/// The demo command's federation, on free ports: every part answers, and the Maebashi-ID-at-Osaka login runs in a
/// browser from the demo RP's page to the claims it shows (the README's walk-through).
/// </summary>
public sealed class DemoFederationTests : IAsyncLifetime
{
    private readonly string _state = Directory.CreateTempSubdirectory("hub-demo-test-").FullName;
    private DemoFederation _demo = null!;

    public async Task InitializeAsync()
        => _demo = await DemoFederation.StartAsync(new DemoOptions
        {
            HubUrl = $"http://127.0.0.1:{FreePort.Next()}",
            MebukuUrl = "http://127.0.0.1:0",
            MydoorUrl = "http://127.0.0.1:0",
            AizuUrl = "http://127.0.0.1:0",
            RelyingPartyUrl = "http://127.0.0.1:0",
            StateDirectory = _state,
        }, [new("Logging:LogLevel:Default", "Warning")]);

    public async Task DisposeAsync()
    {
        await _demo.DisposeAsync();
        Directory.Delete(_state, recursive: true);
    }

    [Fact]
    public async Task Start_EveryPart_Answers()
    {
        using var http = new HttpClient();

        Assert.Equal("ok", await http.GetStringAsync(new Uri(_demo.HubUrl, "healthz")));
        Assert.Contains("\"issuer\"", await http.GetStringAsync(new Uri(_demo.HubUrl, ".well-known/openid-configuration")), StringComparison.Ordinal);
        Assert.Contains("EntityDescriptor", await http.GetStringAsync(new Uri(_demo.HubUrl, "saml/metadata")), StringComparison.Ordinal);
        foreach (var provider in _demo.Providers)
        {
            var path = provider.Name == "mebuku" ? "saml/metadata" : ".well-known/openid-configuration";
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri(provider.BaseUrl, path))).StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(_demo.RelyingPartyUrl)).StatusCode);
    }

    [Fact]
    public async Task Login_MaebashiResidentAtTheOsakaDemoService_ShowsTheReleasedClaims()
    {
        using var browser = new BrowserClient();
        var login = new FederationLogin { Choice = "mebuku", User = "taro", Password = "taro-demo", StopAt = _ => false };

        var page = await login.RunAsync(browser, new Uri(_demo.RelyingPartyUrl!, "login"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.EndsWith("/claims", page.Url.AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("前橋 太郎", page.Html, StringComparison.Ordinal);
    }
}
