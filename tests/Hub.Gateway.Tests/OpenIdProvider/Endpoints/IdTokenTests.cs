using System.Text.Json;
using Hub.Adapters.Abstractions;
using Hub.Gateway.Tests.OpenIdProvider.Infrastructure;
using Hub.TrustList.Loading;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Gateway.Tests.OpenIdProvider.Endpoints;

public sealed class IdTokenTests
{
    [Fact]
    public async Task IdToken_PairwiseSubject_StableAcrossInstancesWithTheSameSecretAndPerSector()
    {
        using var first = new OpenIdProviderHost();
        // A second instance: its own keys and replay cache (as after a restart), the same trust list and secret.
        using var second = new OpenIdProviderHost(new FixedTrustListSource(first.TrustList.Current!));

        var onFirst = await SubjectAsync(first, first.CreateOidcClient());
        var onSecond = await SubjectAsync(first, new OidcTestClient(second.CreateOidcClient().Http, first, TestTrustList.OsakaService));
        var sameSector = await SubjectAsync(first, first.CreateOidcClient(TestTrustList.SameSectorService));
        var otherSector = await SubjectAsync(first, first.CreateOidcClient(TestTrustList.OtherSectorService));

        Assert.Equal(onFirst, onSecond);
        Assert.Equal(onFirst, sameSector);
        Assert.NotEqual(onFirst, otherSector);
        Assert.NotEqual(TestIdentities.ProviderSubject, onFirst);
    }

    [Fact]
    public async Task IdToken_OtherPairwiseSecret_OtherSubject()
    {
        using var first = new OpenIdProviderHost();
        using var other = new OpenIdProviderHost(
            new FixedTrustListSource(first.TrustList.Current!),
            settings: new Dictionary<string, string?> { ["Hub:PairwiseSecret"] = "another-pairwise-secret-0123456789abcdef" });

        var subject = await SubjectAsync(first, first.CreateOidcClient());
        var otherSubject = await SubjectAsync(first, new OidcTestClient(other.CreateOidcClient().Http, first, TestTrustList.OsakaService));

        Assert.NotEqual(subject, otherSubject);
    }

    [Fact]
    public async Task IdToken_RpPrefersEs256_SignedWithEs256()
    {
        using var host = new OpenIdProviderHost(settings: new Dictionary<string, string?>
        {
            [$"Hub:OpenIdProvider:IdTokenSigningAlgorithms:{TestTrustList.Es256Service}"] = "ES256",
        });
        var client = host.CreateOidcClient(TestTrustList.Es256Service);

        var tokens = await client.RedeemSuccessfullyAsync(await client.GetCodeAsync());
        var idToken = await client.ValidateIdTokenAsync(tokens.GetProperty("id_token").GetString()!);

        Assert.Equal("ES256", idToken.Alg);
        var rsClient = host.CreateOidcClient();
        var rsToken = new JsonWebToken((await rsClient.RedeemSuccessfullyAsync(await rsClient.GetCodeAsync())).GetProperty("id_token").GetString()!);
        Assert.Equal("RS256", rsToken.Alg);
    }

    [Fact]
    public async Task IdToken_OnlyClaimsAllowedRequestedAndConsented_AreReleased()
    {
        using var host = new OpenIdProviderHost();
        // Consent to everything but the address; request age_over_65 (not allowed in the trust list) and no profile.
        host.Interaction.Consent = request => request.ReleasableClaims.Where(c => c != "address").ToHashSet();
        var client = host.CreateOidcClient();

        var tokens = await client.RedeemSuccessfullyAsync(await client.GetCodeAsync(new Dictionary<string, string?>
        {
            ["scope"] = "openid address age_over_18 age_over_65",
            ["claims"] = """{"id_token": {"email": null}}""",
        }));
        var payload = Payload(tokens.GetProperty("id_token").GetString()!);

        Assert.True(payload.GetProperty("age_over_18").GetBoolean());
        Assert.Equal("hanako@example.jp", payload.GetProperty("email").GetString());
        Assert.False(payload.TryGetProperty("address", out _));
        Assert.False(payload.TryGetProperty("age_over_65", out _));
        Assert.False(payload.TryGetProperty("name", out _));
        Assert.False(payload.TryGetProperty("birthdate", out _));
    }

    /// <summary>Codes are single-use through the code store (Token/TokenEndpoint); the replay cache sees the assertion's jti only.</summary>
    [Fact]
    public async Task IdToken_ReplayCacheSeesOnlyTheClientAssertionJti_NeverTheCode()
    {
        var recording = new RecordingReplayCache();
        using var host = new OpenIdProviderHost(replayCache: recording);
        var client = host.CreateOidcClient();
        var code = await client.GetCodeAsync();

        await client.RedeemSuccessfullyAsync(code);

        var key = Assert.Single(recording.Keys);
        Assert.StartsWith($"op:jti:{TestTrustList.OsakaService}:", key, StringComparison.Ordinal);
        Assert.DoesNotContain(code, key, StringComparison.Ordinal);
    }

    private static async Task<string> SubjectAsync(OpenIdProviderHost host, OidcTestClient client)
    {
        var tokens = await client.RedeemSuccessfullyAsync(await client.GetCodeAsync());
        var idToken = tokens.GetProperty("id_token").GetString()!;
        return new JsonWebToken(idToken).Subject;
    }

    private static JsonElement Payload(string jwt)
        => JsonDocument.Parse(Base64UrlEncoder.Decode(new JsonWebToken(jwt).EncodedPayload)).RootElement.Clone();

    private sealed class RecordingReplayCache : IReplayCache
    {
        private readonly InMemoryReplayCache _inner = new(TimeProvider.System);

        public List<string> Keys { get; } = [];

        public Task<bool> TryAddAsync(string key, DateTimeOffset expiresAt, CancellationToken cancellationToken)
        {
            lock (Keys)
            {
                Keys.Add(key);
            }
            return _inner.TryAddAsync(key, expiresAt, cancellationToken);
        }
    }
}
