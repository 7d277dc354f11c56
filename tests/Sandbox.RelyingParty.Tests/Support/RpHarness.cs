using System.Net;
using Microsoft.Extensions.Time.Testing;
using Sandbox.RelyingParty.Tests.Support.FakeOp;

namespace Sandbox.RelyingParty.Tests.Support;

/// <summary>The fake hub and the demo RP on free loopback ports, and a browser (cookies, redirects followed).</summary>
internal sealed class RpHarness : IAsyncDisposable
{
    private RpHarness(FakeHub hub, DemoRelyingPartyHost rp, FakeTimeProvider time)
    {
        FakeHub = hub;
        Rp = rp;
        Time = time;
        Browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = true, MaxAutomaticRedirections = 20, CookieContainer = Cookies, UseCookies = true });
        Client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
    }

    public FakeHub FakeHub { get; }

    public DemoRelyingPartyHost Rp { get; }

    public FakeTimeProvider Time { get; }

    public CookieContainer Cookies { get; } = new();

    /// <summary>A browser: keeps cookies and follows redirects.</summary>
    public HttpClient Browser { get; }

    /// <summary>A plain client without cookies or redirects (the hub pushing SETs, raw requests).</summary>
    public HttpClient Client { get; }

    public FakeHubBehaviour Behaviour => FakeHub.Behaviour;

    public static async Task<RpHarness> StartAsync(Action<DemoRelyingPartyOptions>? configure = null)
    {
        var hub = await FakeHub.StartAsync();
        var time = TestClock.Start();
        var options = new DemoRelyingPartyOptions { Url = "http://127.0.0.1:0", Authority = hub.Issuer, TimeProvider = time };
        configure?.Invoke(options);
        try
        {
            return new RpHarness(hub, await DemoRelyingParty.StartAsync(options), time);
        }
        catch
        {
            await hub.DisposeAsync();
            throw;
        }
    }

    public Uri Url(string path) => new(Rp.BaseUrl, path.TrimStart('/'));

    /// <summary>Follows the whole sign-in from the RP's /login (with an optional query) to wherever it ends.</summary>
    public Task<HttpResponseMessage> SignInAsync(string query = "") => Browser.GetAsync(Url("login" + query));

    public async ValueTask DisposeAsync()
    {
        Browser.Dispose();
        Client.Dispose();
        await Rp.DisposeAsync();
        await FakeHub.DisposeAsync();
    }
}
