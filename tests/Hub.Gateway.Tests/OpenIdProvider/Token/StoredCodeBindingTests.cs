using Hub.Gateway.OpenIdProvider.Codes;
using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Tests.OpenIdProvider.Codes;
using Hub.Gateway.Tests.OpenIdProvider.Infrastructure;
using Hub.Gateway.Tests.Operations.Logging;
using Hub.Gateway.Stores;
using Hub.Gateway.Stores.InMemory;
using Hub.TrustList.Common;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Gateway.Tests.OpenIdProvider.Token;

/// <summary>
/// The token endpoint's checks of what a code is bound to, on codes put into the store directly: codes that the
/// authorization endpoint cannot mint (no PKCE, plain PKCE, no expiry, expired while a store still holds them).
/// </summary>
public sealed class StoredCodeBindingTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 5, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Start);
    private readonly CapturingLoggerProvider _logs = new();
    private readonly RecordingCodeStore _store;
    private readonly OpenIdProviderHost _host;

    public StoredCodeBindingTests()
    {
        _store = new RecordingCodeStore(new InMemoryAuthorizationCodeStore(_time, Microsoft.Extensions.Options.Options.Create(new HubStoreOptions())));
        _host = new OpenIdProviderHost(time: _time, codeStore: _store, logs: _logs,
            settings: new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Information" });
    }

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Token_CodeWithoutPkceChallenge_InvalidGrant()
    {
        var client = _host.CreateOidcClient();
        var code = await SeedAsync(client, challenge: null, method: null);

        var response = await client.RedeemAsync(code);

        Assert.Equal("invalid_grant", await OidcTestClient.ErrorOf(response));
        AssertRejected("op.code.no_pkce");
    }

    [Fact]
    public async Task Token_CodeWithPlainPkce_InvalidGrant()
    {
        var client = _host.CreateOidcClient();
        var code = await SeedAsync(client, challenge: client.Pkce.Verifier, method: "plain");

        var response = await client.RedeemAsync(code);

        Assert.Equal("invalid_grant", await OidcTestClient.ErrorOf(response));
        AssertRejected("op.code.no_pkce");
    }

    [Fact]
    public async Task Token_CodeWithoutExpiry_InvalidGrant()
    {
        var client = _host.CreateOidcClient();
        var code = await SeedAsync(client, expires: null);

        var response = await client.RedeemAsync(code);

        Assert.Equal("invalid_grant", await OidcTestClient.ErrorOf(response));
        AssertRejected("op.code.expired");
    }

    [Fact]
    public async Task Token_CodePastItsExpiryButStillStored_InvalidGrant()
    {
        var client = _host.CreateOidcClient();
        var code = await SeedAsync(client, expires: Start.AddSeconds(-1));

        var response = await client.RedeemAsync(code);

        Assert.Equal("invalid_grant", await OidcTestClient.ErrorOf(response));
        AssertRejected("op.code.expired");
    }

    [Fact]
    public async Task Token_SeededCodeWithEveryBinding_IssuesTokens()
    {
        var client = _host.CreateOidcClient();
        var code = await SeedAsync(client);

        var tokens = await client.RedeemSuccessfullyAsync(code);

        var idToken = await client.ValidateIdTokenAsync(tokens.GetProperty("id_token").GetString()!);
        Assert.Equal("seeded-subject", idToken.Subject);
    }

    [Theory]
    [InlineData("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.")]
    [InlineData("short")]
    public async Task Token_NotAHandle_InvalidGrantWithoutAStoreLookup(string notACode)
    {
        var client = _host.CreateOidcClient();

        var response = await client.RedeemAsync(notACode);

        Assert.Equal("invalid_grant", await OidcTestClient.ErrorOf(response));
        Assert.Empty(_store.Redeemed);
        AssertRejected("op.code.malformed");
    }

    [Fact]
    public async Task Token_UnknownHandle_InvalidGrant()
    {
        var client = _host.CreateOidcClient();

        var response = await client.RedeemAsync(CodeHandle.Create(SystemSecureRandom.Instance));

        Assert.Equal("invalid_grant", await OidcTestClient.ErrorOf(response));
        AssertRejected("op.code.unknown");
    }

    private void AssertRejected(string code)
        => Assert.Contains(_logs.Records, r => r.EventId.Id == 4101 && Equals(r.Values["Code"], code));

    private Task<string> SeedAsync(OidcTestClient client, string? challenge = "", string? method = "S256")
        => SeedAsync(client, Start.AddSeconds(60), challenge, method);

    private async Task<string> SeedAsync(OidcTestClient client, DateTimeOffset? expires, string? challenge = "", string? method = "S256")
    {
        var at = expires;
        var claims = new List<StoredClaim>
        {
            new("sub", "seeded-subject", null, ["id_token", "access_token"]),
            new("acr", "urn:jp:regional-id:loa:A", null, ["id_token"]),
            new("oi_prst", client.ClientId),
            new("oi_reduri", TestTrustList.RedirectUri),
            new("oi_scp", "openid"),
        };
        if (challenge is not null)
        {
            claims.Add(new StoredClaim("oi_cd_chlg", challenge.Length == 0 ? client.Pkce.Challenge : challenge));
        }
        if (method is not null)
        {
            claims.Add(new StoredClaim("oi_cd_chlg_meth", method));
        }
        if (at is { } expiry)
        {
            claims.Add(new StoredClaim("oi_exp_dt", expiry.ToString("r")));
        }
        var handle = CodeHandle.Create(SystemSecureRandom.Instance);
        Assert.True(await _store.TryStoreAsync(handle, new StoredCodePrincipal("hub", "name", "role", claims),
            new CodeOwner("seeded-subject", client.ClientId), TimeSpan.FromMinutes(5)));
        return handle;
    }
}
