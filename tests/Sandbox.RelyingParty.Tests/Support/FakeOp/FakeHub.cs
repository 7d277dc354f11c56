using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Sandbox.RelyingParty.Tests.Support.FakeOp;

/// <summary>
/// A small stand-in for the hub's OpenID provider (the real one is Hub.Gateway): Kestrel on a free loopback port
/// with discovery, jwks, authorize (redirects straight back with code, state and iss), token (checks the client
/// assertion and PKCE), userinfo and end-session. It records what it receives for the tests to inspect.
/// </summary>
internal sealed partial class FakeHub : IAsyncDisposable
{
    public const string ClientId = "osaka-kosodate";

    private readonly WebApplication _app;

    private FakeHub(WebApplication app) => _app = app;

    /// <summary>http://127.0.0.1:port, no trailing slash (set once the server is bound; requests come after).</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The issuer, with a trailing slash as OpenIddict writes it.</summary>
    public string Issuer => BaseUrl + "/";

    public string TokenEndpoint => BaseUrl + "/connect/token";

    /// <summary>The key the hub signs with and publishes (tests rotate it).</summary>
    public ECDsaSecurityKey SigningKey { get; set; } = TestKeys.NewEcKey("fake-hub-2026");

    public FakeHubBehaviour Behaviour { get; } = new();

    public JsonWebKey RegisteredClientKey { get; } = TestKeys.RpPublicKey();

    public ConcurrentQueue<IReadOnlyDictionary<string, string>> AuthorizeRequests { get; } = new();

    public ConcurrentQueue<TokenRequestRecord> TokenRequests { get; } = new();

    public ConcurrentQueue<IReadOnlyDictionary<string, string>> EndSessionRequests { get; } = new();

    public int UserinfoRequests => _userinfoRequests;

    private readonly ConcurrentDictionary<string, PendingCode> _codes = new();
    private readonly ConcurrentDictionary<string, string> _accessTokens = new();
    private readonly HashSet<string> _seenJtis = [];
    private int _userinfoRequests;

    public static async Task<FakeHub> StartAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        builder.Services.AddRouting();
        var app = builder.Build();
        var hub = new FakeHub(app);
        hub.Map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        hub.BaseUrl = new Uri(address).GetLeftPart(UriPartial.Authority);
        return hub;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
