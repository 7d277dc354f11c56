using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hub.TrustList.Common;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;
using Sandbox.Providers.Hosting;
using Sandbox.Providers.Oidc;
using Sandbox.Providers.Tests.Support;

namespace Sandbox.Providers.Tests.Oidc;

/// <summary>A sandbox OP on a free loopback port, and a client that plays the hub and the browser.</summary>
internal sealed class OidcHarness : IAsyncDisposable
{
    public const string ClientId = "regional-id-hub";
    public const string RedirectUri = "http://localhost:5080/oidc/callback";
    public const string Mydoor = "mydoor";
    public const string Aizu = "aizu";

    private OidcHarness(SandboxProviderHost host, FakeTimeProvider time, string publicKeyFile)
    {
        Host = host;
        Time = time;
        PublicKey = new JsonWebKey(TestKeys.Read(publicKeyFile));
    }

    public SandboxProviderHost Host { get; }

    public FakeTimeProvider Time { get; }

    /// <summary>The committed public JWK (what the trust list pins), not what the OP serves.</summary>
    public JsonWebKey PublicKey { get; }

    public HttpClient Client { get; } = Http.NoRedirects();

    public string Verifier { get; } = Base64Url.Encode(RandomNumberGenerator.GetBytes(32));

    public string Challenge => Base64Url.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(Verifier)));

    public Uri Endpoint(string path) => new(Host.BaseUrl, path.TrimStart('/'));

    public static async Task<OidcHarness> StartAsync(string provider, Action<OidcSandboxProviderOptions>? configure = null)
    {
        var time = TestClock.Start();
        var options = new OidcSandboxProviderOptions { Url = "http://127.0.0.1:0", TimeProvider = time };
        configure?.Invoke(options);
        return provider == Mydoor
            ? new OidcHarness(await SandboxProviders.StartMydoorAsync(options), time, "mydoor-osaka-op.public.jwk")
            : new OidcHarness(await SandboxProviders.StartAizuAsync(options), time, "aizu-plus-op.public.jwk");
    }

    /// <summary>The authorization request parameters the hub sends, with overrides (null removes one).</summary>
    public Dictionary<string, string?> AuthorizeParameters(params (string Name, string? Value)[] overrides)
    {
        var parameters = new Dictionary<string, string?>
        {
            ["client_id"] = ClientId,
            ["redirect_uri"] = RedirectUri,
            ["response_type"] = "code",
            ["scope"] = "openid profile email address",
            ["state"] = "state-123",
            ["nonce"] = "nonce-456",
            ["code_challenge"] = Challenge,
            ["code_challenge_method"] = "S256",
        };
        foreach (var (name, value) in overrides)
        {
            parameters[name] = value;
        }
        return parameters;
    }

    public Task<HttpResponseMessage> AuthorizeAsync(params (string Name, string? Value)[] overrides)
    {
        var query = string.Join('&', AuthorizeParameters(overrides).Where(p => p.Value is not null)
            .Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value!)));
        return Client.GetAsync(Endpoint("authorize") + "?" + query);
    }

    public async Task<string> BeginLoginAsync(params (string Name, string? Value)[] overrides)
    {
        using var response = await AuthorizeAsync(overrides);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/login", HtmlForm.FormAction(html, "login"));
        return HtmlForm.Hidden(html, "request_id");
    }

    public Task<HttpResponseMessage> SubmitAsync(string requestId, string action, string username = "", string password = "") =>
        Client.PostAsync(Endpoint("login"),
            Http.Form(("request_id", requestId), ("username", username), ("password", password), ("action", action)));

    /// <summary>The query of the redirect back to the hub after the login form (asserting it is a redirect there).</summary>
    public async Task<IReadOnlyDictionary<string, string>> LoginAsync(string username, string password, params (string Name, string? Value)[] overrides)
    {
        var requestId = await BeginLoginAsync(overrides);
        using var response = await SubmitAsync(requestId, "login", username, password);
        return RedirectQuery(response);
    }

    public async Task<string> CodeAsync(string username, string password, params (string Name, string? Value)[] overrides)
    {
        var query = await LoginAsync(username, password, overrides);
        Assert.False(query.ContainsKey("error"), query.GetValueOrDefault("error_description"));
        return query["code"];
    }

    public static IReadOnlyDictionary<string, string> RedirectQuery(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode is HttpStatusCode.Found or HttpStatusCode.SeeOther, $"expected a redirect, got {response.StatusCode}");
        var location = response.Headers.Location!;
        Assert.StartsWith(RedirectUri + "?", location.AbsoluteUri, StringComparison.Ordinal);
        return Http.Query(location);
    }

    public async Task<HttpResponseMessage> TokenAsync(string code, string? verifier = null, string redirectUri = RedirectUri, string secret = OidcSandboxProviderOptions.DemoClientSecret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint("token"))
        {
            Content = Http.Form(("grant_type", "authorization_code"), ("code", code), ("redirect_uri", redirectUri), ("code_verifier", verifier ?? Verifier)),
        };
        request.Headers.Authorization = Http.Basic(ClientId, secret);
        return await Client.SendAsync(request);
    }

    public async Task<HttpResponseMessage> TokenWithBasicAsync(params (string Name, string Value)[] form)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint("token")) { Content = Http.Form(form) };
        request.Headers.Authorization = Http.Basic(ClientId, OidcSandboxProviderOptions.DemoClientSecret);
        return await Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> TokenAsync(params (string Name, string Value)[] form) =>
        Client.PostAsync(Endpoint("token"), Http.Form(form));

    public async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(expected == response.StatusCode, $"expected {expected}, got {response.StatusCode}: {body}");
            return JsonDocument.Parse(body).RootElement.Clone();
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
    }
}
