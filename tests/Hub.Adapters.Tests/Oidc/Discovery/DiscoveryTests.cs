using System.Web;
using Hub.Adapters.Oidc;
using Hub.Adapters.Tests.Oidc.Support;
using WireMock.RequestBuilders;

namespace Hub.Adapters.Tests.Oidc.Discovery;

/// <summary>Discovery may refresh endpoints, never keys, and only for the pinned issuer.</summary>
public sealed class DiscoveryTests
{
    private const string DiscoveryPath = "/" + OidcTestBed.ProviderId + "/.well-known/openid-configuration";

    private static OidcTestBed DiscoveryBed() => OidcTestBed.Create(providers: b => [b.Provider(OidcTestBed.ProviderId, discovery: true)]);

    private static void StubDiscovery(OidcTestBed bed, Action<Dictionary<string, object>>? edit = null)
    {
        var issuer = bed.Issuer();
        var document = new Dictionary<string, object>
        {
            ["issuer"] = issuer,
            ["authorization_endpoint"] = issuer + "/v2/authorize",
            ["token_endpoint"] = issuer + "/v2/token",
            ["userinfo_endpoint"] = issuer + "/v2/userinfo",
            ["jwks_uri"] = issuer + "/v2/jwks",
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "pairwise" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["authorization_response_iss_parameter_supported"] = true,
        };
        edit?.Invoke(document);
        bed.Server.Given(Request.Create().WithPath(DiscoveryPath).UsingGet()).RespondWith(OidcTestBed.Json(200, document));
    }

    [Fact]
    public async Task BeginAsync_DiscoveryDocument_RefreshesTheEndpoints()
    {
        using var bed = DiscoveryBed();
        StubDiscovery(bed);

        var pending = await bed.BeginAsync();
        bed.Server.Given(Request.Create().WithPath($"/{OidcTestBed.ProviderId}/v2/token").UsingPost())
            .RespondWith(OidcTestBed.Json(200, new { token_type = "Bearer", access_token = "at", id_token = bed.IdToken(pending) }));
        var result = await bed.CompleteAsync(pending);

        AdapterAssert.Succeeds(result);
        Assert.Equal(1, bed.CallsTo($"/{OidcTestBed.ProviderId}/v2/token"));
        Assert.Equal(1, bed.CallsTo(DiscoveryPath));
    }

    [Fact]
    public async Task BeginAsync_DiscoveryDocument_PointsTheBrowserAtTheDiscoveredEndpoint()
    {
        using var bed = DiscoveryBed();
        StubDiscovery(bed);

        var result = await bed.Adapter.BeginAsync(OidcTestBed.Context(), CancellationToken.None);

        Assert.Equal($"/{OidcTestBed.ProviderId}/v2/authorize", AdapterAssert.Succeeds(result).RedirectUrl.AbsolutePath);
    }

    [Fact]
    public async Task CompleteAsync_KeysAtDiscoveredJwksUri_AreNeverFetchedNorTrusted()
    {
        using var bed = DiscoveryBed();
        using var attacker = TestSigningKey.Rsa("published-only-in-jwks-uri");
        StubDiscovery(bed);
        bed.Server.Given(Request.Create().WithPath($"/{OidcTestBed.ProviderId}/v2/jwks").UsingGet())
            .RespondWith(OidcTestBed.Json(200, new { keys = new[] { attacker.PublicJwkObject() } }));
        var pending = await bed.BeginAsync();
        bed.Server.Given(Request.Create().WithPath($"/{OidcTestBed.ProviderId}/v2/token").UsingPost())
            .RespondWith(OidcTestBed.Json(200, new { token_type = "Bearer", access_token = "at", id_token = bed.IdToken(pending, key: attacker) }));

        var result = await bed.CompleteAsync(pending);

        AdapterAssert.Fails(result, OidcErrorCodes.IdTokenUnknownKid);
        Assert.Equal(0, bed.CallsTo($"/{OidcTestBed.ProviderId}/v2/jwks"));
    }

    [Fact]
    public async Task BeginAsync_DiscoveryIssuerMismatch_IsRejected()
    {
        using var bed = DiscoveryBed();
        StubDiscovery(bed, d => d["issuer"] = bed.BaseUrl + "aizu-plus");

        var result = await bed.Adapter.BeginAsync(OidcTestBed.Context(), CancellationToken.None);

        AdapterAssert.Fails(result, OidcErrorCodes.DiscoveryIssuerMismatch);
    }

    [Fact]
    public async Task BeginAsync_DiscoveredEndpointOutsideTheIssuer_IsRejected()
    {
        using var bed = DiscoveryBed();
        StubDiscovery(bed, d => d["token_endpoint"] = "https://collector.example/token");

        var result = await bed.Adapter.BeginAsync(OidcTestBed.Context(), CancellationToken.None);

        AdapterAssert.Fails(result, OidcErrorCodes.DiscoveryInvalid);
    }

    [Fact]
    public async Task BeginAsync_DiscoveryCached_IsFetchedAgainOnlyAfterTheCacheDuration()
    {
        using var bed = DiscoveryBed();
        StubDiscovery(bed);

        await bed.BeginAsync();
        await bed.BeginAsync();
        Assert.Equal(1, bed.CallsTo(DiscoveryPath));
        bed.Time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        await bed.BeginAsync();

        Assert.Equal(2, bed.CallsTo(DiscoveryPath));
    }

    [Fact]
    public async Task BeginAsync_DiscoveryDisabledByOption_UsesThePinnedEndpoints()
    {
        using var bed = OidcTestBed.Create(o => o.UseDiscovery = false, b => [b.Provider(OidcTestBed.ProviderId, discovery: true)]);
        StubDiscovery(bed);

        var result = await bed.Adapter.BeginAsync(OidcTestBed.Context(), CancellationToken.None);

        Assert.Equal($"/{OidcTestBed.ProviderId}/authorize", AdapterAssert.Succeeds(result).RedirectUrl.AbsolutePath);
        Assert.Equal(0, bed.CallsTo(DiscoveryPath));
        Assert.NotNull(HttpUtility.ParseQueryString(AdapterAssert.Succeeds(result).RedirectUrl.Query)["state"]);
    }
}
