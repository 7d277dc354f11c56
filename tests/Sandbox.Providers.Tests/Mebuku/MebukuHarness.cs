using Microsoft.Extensions.Time.Testing;
using Sandbox.Providers.Hosting;
using Sandbox.Providers.Mebuku;
using Sandbox.Providers.Tests.Support;

namespace Sandbox.Providers.Tests.Mebuku;

/// <summary>A Mebuku IdP on a free loopback port, and a client that plays the browser.</summary>
internal sealed class MebukuHarness : IAsyncDisposable
{
    private MebukuHarness(SandboxProviderHost host, FakeTimeProvider time)
    {
        Host = host;
        Time = time;
    }

    public SandboxProviderHost Host { get; }

    public FakeTimeProvider Time { get; }

    public HttpClient Client { get; } = Http.NoRedirects();

    public string SsoUrl => new Uri(Host.BaseUrl, "saml/sso").AbsoluteUri;

    public static async Task<MebukuHarness> StartAsync(Action<MebukuProviderOptions>? configure = null)
    {
        var time = TestClock.Start();
        var options = new MebukuProviderOptions { Url = "http://127.0.0.1:0", TimeProvider = time };
        configure?.Invoke(options);
        return new MebukuHarness(await SandboxProviders.StartMebukuAsync(options), time);
    }

    /// <summary>A signed AuthnRequest for the default hub SP, as XML, with a fresh ID.</summary>
    public string Request(string? requestedContext = null, bool isPassive = false, string? id = null) =>
        SamlRedirectRequest.AuthnRequestXml(id ?? "_req" + Guid.NewGuid().ToString("N"), Time.GetUtcNow(), SsoUrl,
            requestedContext: requestedContext, isPassive: isPassive);

    public async Task<HttpResponseMessage> SsoAsync(string xml, string? relayState = "flow-1", bool sign = true)
    {
        using var key = sign ? SamlRedirectRequest.HubKey() : null;
        return await Client.GetAsync(SamlRedirectRequest.Url(SsoUrl, xml, relayState, key));
    }

    /// <summary>The login page's request_id for a signed request (asserting the page was shown).</summary>
    public async Task<string> BeginLoginAsync(string xml, string? relayState = "flow-1")
    {
        using var response = await SsoAsync(xml, relayState);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/saml/login", HtmlForm.FormAction(html, "login"));
        return HtmlForm.Hidden(html, "request_id");
    }

    public Task<HttpResponseMessage> SubmitAsync(string requestId, string action, string username = "", string password = "") =>
        Client.PostAsync(new Uri(Host.BaseUrl, "saml/login"),
            Http.Form(("request_id", requestId), ("username", username), ("password", password), ("action", action)));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
    }
}
