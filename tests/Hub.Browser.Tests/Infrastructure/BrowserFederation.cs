using Hub.Gateway.Demo;
using Hub.Gateway.Tests.EndToEnd.Infrastructure;
using Microsoft.Playwright;

namespace Hub.Browser.Tests.Infrastructure;

/// <summary>
/// One test class's world: the demo federation (the hub, the three sandbox providers and the demo relying party) on
/// free loopback ports, and one Debian chromium driven by Playwright. Each test opens its own context
/// (<see cref="NewPageAsync"/>), so cookies never leak between tests.
/// </summary>
public sealed class BrowserFederation : IAsyncLifetime
{
    /// <summary>Debian's chromium; Playwright's own browsers are never downloaded.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly string _state = Directory.CreateTempSubdirectory("hub-browser-test-").FullName;
    private IPlaywright? _playwright;

    public DemoFederation Demo { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public Uri HubUrl => Demo.HubUrl;

    public Uri RelyingPartyUrl => Demo.RelyingPartyUrl!;

    /// <summary>Changes the federation's trust list (the class's tests share it: restore what you change).</summary>
    public DemoTrustListPublisher TrustList => field ??= new DemoTrustListPublisher(Demo);

    public async Task InitializeAsync()
    {
        Demo = await DemoFederation.StartAsync(new DemoOptions
        {
            HubUrl = $"http://127.0.0.1:{FreePort.Next()}",
            MebukuUrl = "http://127.0.0.1:0",
            MydoorUrl = "http://127.0.0.1:0",
            AizuUrl = "http://127.0.0.1:0",
            RelyingPartyUrl = "http://127.0.0.1:0",
            StateDirectory = _state,
        }, [new("Logging:LogLevel:Default", "Warning")]);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Args = ChromiumArgs });
        // Warm up (JIT, the RP's read of the hub's discovery document) so the first test's clicks do not time out.
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        using var warmUp = await http.GetAsync(new Uri(RelyingPartyUrl, "login"));
    }

    /// <summary>A fresh context (no cookies) and a page in it: a desktop window, or a phone (390x844, touch).</summary>
    public async Task<IPage> NewPageAsync(bool phone = false)
    {
        var options = new BrowserNewContextOptions
        {
            // axe-core is injected as an inline script; the pages' CSP would (rightly) refuse it.
            BypassCSP = true,
            Locale = "ja-JP",
        };
        if (phone)
        {
            options.ViewportSize = new ViewportSize { Width = 390, Height = 844 };
            options.IsMobile = true;
            options.HasTouch = true;
            options.DeviceScaleFactor = 2;
        }
        else
        {
            options.ViewportSize = new ViewportSize { Width = 1280, Height = 900 };
        }
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (Demo is not null)
        {
            await Demo.DisposeAsync();
        }
        try
        {
            Directory.Delete(_state, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
