using System.Text.Json;
using Hub.Adapters.Abstractions;
using Hub.Adapters.DependencyInjection;
using Hub.Adapters.Identity;
using Hub.Adapters.Oidc;
using Hub.Adapters.Oidc.Configuration;
using Hub.TrustList.Common;
using Hub.TrustList.Loading;
using Hub.TrustList.Model;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Hub.Adapters.Tests.Oidc.Support;

/// <summary>
/// One WireMock.Net server on 127.0.0.1 playing one or more OpenID providers (each under /{providerId}/...), the
/// trust list pinning their keys, and the adapter wired as the host wires it (AddHubAdapters), with a fake clock
/// for token times. Outbound resilience uses the real clock, so timeouts are real (and short).
/// </summary>
internal sealed class OidcTestBed : IDisposable
{
    public const string ProviderId = "mydoor-osaka";
    public static readonly DateTimeOffset Start = new(2025, 4, 1, 9, 0, 0, TimeSpan.Zero);

    private OidcTestBed(Action<OidcAdapterOptions>? configure, Func<OidcTestBed, IdentityProviderEntry[]>? providers)
    {
        Server = LoopbackWireMock.Start();
        var entries = providers?.Invoke(this) ?? [Provider(ProviderId)];
        TrustList = new FixedTrustListSource(TestTrustList.Snapshot(entries));
        var services = new ServiceCollection();
        services.AddSingleton<ITrustListSource>(TrustList);
        services.AddHubAdapters().ConfigureOidc(options =>
        {
            options.ClientSigningKey = HubKey.PrivateJwkJson();
            // Generous by default: a loaded CI machine must not turn an ordinary call into a timeout.
            // The resilience tests set tight values themselves.
            options.Http.AttemptTimeout = TimeSpan.FromSeconds(10);
            options.Http.TotalTimeout = TimeSpan.FromSeconds(30);
            options.Http.RetryDelay = TimeSpan.Zero;
            configure?.Invoke(options);
        });
        Services = services.BuildServiceProvider(validateScopes: true);
        // The adapter and its replay cache share the fake clock; the HTTP pipelines keep the real one.
        Adapter = ActivatorUtilities.CreateInstance<OidcAdapter>(Services, Time, Translator, new InMemoryReplayCache(Time));
    }

    public WireMockServer Server { get; }

    public Uri BaseUrl => new(Server.Url!);

    public FakeTimeProvider Time { get; } = new(Start);

    // RSA key generation dominates a test's run time, so the provider and hub keys are made once per run.
    private static readonly TestSigningKey SharedRsa = TestSigningKey.Rsa();
    private static readonly TestSigningKey SharedEc = TestSigningKey.Ec();
    private static readonly TestSigningKey SharedHubKey = TestSigningKey.Rsa("hub-client-1");

    public TestSigningKey Rsa => SharedRsa;

    public TestSigningKey Ec => SharedEc;

    /// <summary>The hub's own client key for private_key_jwt.</summary>
    public TestSigningKey HubKey => SharedHubKey;

    public FixedTrustListSource TrustList { get; }

    public FakeAssertionTranslator Translator { get; } = new();

    public ServiceProvider Services { get; }

    public IProviderAdapter Adapter { get; }

    public static OidcTestBed Create(Action<OidcAdapterOptions>? configure = null, Func<OidcTestBed, IdentityProviderEntry[]>? providers = null)
        => new(configure, providers);

    /// <summary>A provider on this server pinning the RSA and EC test keys (with kids).</summary>
    public IdentityProviderEntry Provider(string id, bool useUserinfo = false, bool discovery = false,
        IReadOnlyList<PublicJwk>? keys = null, EntryStatus status = EntryStatus.Accredited, IReadOnlyList<BrandEntry>? brands = null)
        => TestTrustList.OidcProvider(id, BaseUrl, keys ?? [Rsa.PublicJwk(), Ec.PublicJwk()], useUserinfo: useUserinfo,
            discovery: discovery, status: status, brands: brands);

    public string Issuer(string providerId = ProviderId) => TrustList.Current!.FindProvider(providerId)!.Oidc!.Issuer;

    public async Task<PendingAuthentication> BeginAsync(string providerId = ProviderId, string? brandId = null, LevelOfAssurance loa = LevelOfAssurance.B)
    {
        var result = await Adapter.BeginAsync(Context(providerId, brandId, loa), CancellationToken.None);
        Assert.True(result.IsSuccess, result.Error?.ToString());
        return result.Value.Pending;
    }

    public static AuthenticationRequestContext Context(string providerId = ProviderId, string? brandId = null, LevelOfAssurance loa = LevelOfAssurance.B)
        => new(providerId, brandId, loa, new Uri("https://hub.example.jp/callback/oidc"), "flow-1");

    /// <summary>The claims of a valid ID token for <paramref name="pending"/>, issued now.</summary>
    public Dictionary<string, object?> Claims(PendingAuthentication pending)
    {
        var now = Time.GetUtcNow().ToUnixTimeSeconds();
        return new Dictionary<string, object?>
        {
            ["iss"] = Issuer(pending.ProviderId),
            ["sub"] = "osaka-user-0001",
            ["aud"] = TestTrustList.ClientId,
            ["exp"] = now + 300,
            ["iat"] = now,
            ["auth_time"] = now - 30,
            ["nonce"] = pending.Values["oidc.nonce"],
            ["acr"] = "urn:jp:regional-id:loa:B",
            ["amr"] = new[] { "hwk", "pin" },
            ["sid"] = "session-1",
            ["name"] = "大阪 花子",
            ["email"] = "hanako@example.jp",
            ["email_verified"] = true,
            ["address"] = new Dictionary<string, object> { ["region"] = "大阪府", ["locality"] = "堺市" },
        };
    }

    public string IdToken(PendingAuthentication pending, Action<Dictionary<string, object?>>? editClaims = null,
        TestSigningKey? key = null, Action<Dictionary<string, object?>>? editHeader = null)
    {
        var claims = Claims(pending);
        editClaims?.Invoke(claims);
        return TestJws.Create(key ?? Rsa, claims, editHeader);
    }

    public void StubToken(string idToken, string providerId = ProviderId, string? accessToken = "access-token-1")
    {
        var body = new Dictionary<string, object?> { ["token_type"] = "Bearer", ["expires_in"] = 300, ["id_token"] = idToken };
        if (accessToken is not null)
        {
            body["access_token"] = accessToken;
        }
        Server.Given(Request.Create().WithPath($"/{providerId}/token").UsingPost())
            .RespondWith(Json(200, body));
    }

    public static IResponseBuilder Json(int status, object body)
        => Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(JsonSerializer.Serialize(body));

    /// <summary>The provider's redirect back to the hub: state, iss and code, editable for the attack cases.</summary>
    public ProviderCallback Callback(PendingAuthentication pending, Action<Dictionary<string, string>>? edit = null)
    {
        var query = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["code"] = "code-" + pending.Correlation[..8],
            ["state"] = pending.Correlation,
            ["iss"] = Issuer(pending.ProviderId),
        };
        edit?.Invoke(query);
        return new ProviderCallback("GET", pending.CallbackUrl, query, new Dictionary<string, string>());
    }

    public Task<Result<InternalIdentity, AdapterError>> CompleteAsync(PendingAuthentication pending, ProviderCallback? callback = null)
        => Adapter.CompleteAsync(callback ?? Callback(pending), pending, CancellationToken.None);

    /// <summary>Begin, let the provider answer with the ID token built for this flow, and complete.</summary>
    public async Task<Result<InternalIdentity, AdapterError>> RunAsync(Func<PendingAuthentication, string> idToken, string providerId = ProviderId)
    {
        var pending = await BeginAsync(providerId);
        StubToken(idToken(pending), providerId);
        return await CompleteAsync(pending);
    }

    public int CallsTo(string path) => Server.LogEntries.Count(e => e.RequestMessage.Path == path);

    public void Dispose()
    {
        Server.Stop();
        Server.Dispose();
        Services.Dispose();
    }
}
