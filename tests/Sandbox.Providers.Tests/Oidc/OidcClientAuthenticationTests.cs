using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Hub.TrustList.Common;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Sandbox.Providers.Tests.Support;

namespace Sandbox.Providers.Tests.Oidc;

/// <summary>/token client authentication: the demo secret (client_secret_basic) and private_key_jwt.</summary>
public sealed class OidcClientAuthenticationTests
{
    [Fact]
    public async Task Token_AssertionTypeNotJwtBearer_InvalidClient()
    {
        await using var op = await OidcHarness.StartAsync(OidcHarness.Mydoor);
        var code = await op.CodeAsync("ichiro", "ichiro-demo");

        var response = await op.JsonAsync(await op.TokenAsync(
            ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", OidcHarness.RedirectUri), ("code_verifier", op.Verifier),
            ("client_assertion_type", "urn:example:other"), ("client_assertion", "x.y.z")), HttpStatusCode.Unauthorized);

        Assert.Equal("invalid_client", response.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Token_SecretInBodyAndBasic_Refused()
    {
        await using var op = await OidcHarness.StartAsync(OidcHarness.Mydoor);
        var code = await op.CodeAsync("ichiro", "ichiro-demo");

        var response = await op.JsonAsync(await op.TokenWithBasicAsync(
            ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", OidcHarness.RedirectUri), ("code_verifier", op.Verifier),
            ("client_secret", Sandbox.Providers.Oidc.OidcSandboxProviderOptions.DemoClientSecret)), HttpStatusCode.Unauthorized);

        Assert.Equal("invalid_client", response.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Token_WrongClientSecret_InvalidClient()
    {
        await using var op = await OidcHarness.StartAsync(OidcHarness.Mydoor);
        var code = await op.CodeAsync("ichiro", "ichiro-demo");

        using var response = await op.TokenAsync(code, secret: "guess");
        var body = await op.JsonAsync(response, HttpStatusCode.Unauthorized);

        Assert.Equal("invalid_client", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Token_NoClientAuthentication_InvalidClient()
    {
        await using var op = await OidcHarness.StartAsync(OidcHarness.Mydoor);
        var code = await op.CodeAsync("ichiro", "ichiro-demo");

        var body = await op.JsonAsync(await op.TokenAsync(
            ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", OidcHarness.RedirectUri),
            ("code_verifier", op.Verifier), ("client_id", OidcHarness.ClientId)), HttpStatusCode.Unauthorized);

        Assert.Equal("invalid_client", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Token_PrivateKeyJwt_IssuesTokens()
    {
        using var hubKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        await using var op = await OidcHarness.StartAsync(OidcHarness.Aizu, o => o.ClientJwks = Jwks(hubKey));
        var code = await op.CodeAsync("yuki", "yuki-demo");

        var tokens = await op.JsonAsync(await op.TokenAsync(AssertionForm(op, code, Assertion(op, hubKey))), HttpStatusCode.OK);

        Assert.NotNull(await OidcCodeFlowTests.ValidateAsync(op, tokens.GetProperty("id_token").GetString()!, "ES256"));
    }

    [Fact]
    public async Task Token_PrivateKeyJwtReplayedJti_InvalidClient()
    {
        using var hubKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        await using var op = await OidcHarness.StartAsync(OidcHarness.Aizu, o => o.ClientJwks = Jwks(hubKey));
        var assertion = Assertion(op, hubKey);
        var firstCode = await op.CodeAsync("yuki", "yuki-demo");
        (await op.TokenAsync(AssertionForm(op, firstCode, assertion))).Dispose();
        var secondCode = await op.CodeAsync("yuki", "yuki-demo");

        var body = await op.JsonAsync(await op.TokenAsync(AssertionForm(op, secondCode, assertion)), HttpStatusCode.Unauthorized);

        Assert.Equal("invalid_client", body.GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("audience")]
    [InlineData("issuer")]
    [InlineData("expired")]
    [InlineData("key")]
    public async Task Token_PrivateKeyJwtWrongClaimOrKey_InvalidClient(string fault)
    {
        using var hubKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var otherKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        await using var op = await OidcHarness.StartAsync(OidcHarness.Mydoor, o => o.ClientJwks = Jwks(hubKey));
        var code = await op.CodeAsync("ichiro", "ichiro-demo");
        var assertion = fault switch
        {
            "audience" => Assertion(op, hubKey, audience: "http://localhost:9999/token"),
            "issuer" => Assertion(op, hubKey, issuer: "someone-else"),
            "expired" => Assertion(op, hubKey, expires: op.Time.GetUtcNow().AddMinutes(-5)),
            _ => Assertion(op, otherKey),
        };

        var body = await op.JsonAsync(await op.TokenAsync(AssertionForm(op, code, assertion)), HttpStatusCode.Unauthorized);

        Assert.Equal("invalid_client", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Token_PrivateKeyJwtNotConfigured_InvalidClient()
    {
        using var hubKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        await using var op = await OidcHarness.StartAsync(OidcHarness.Mydoor);
        var code = await op.CodeAsync("ichiro", "ichiro-demo");

        var body = await op.JsonAsync(await op.TokenAsync(AssertionForm(op, code, Assertion(op, hubKey))), HttpStatusCode.Unauthorized);

        Assert.Equal("invalid_client", body.GetProperty("error").GetString());
    }

    private static (string, string)[] AssertionForm(OidcHarness op, string code, string assertion) =>
    [
        ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", OidcHarness.RedirectUri),
        ("code_verifier", op.Verifier), ("client_id", OidcHarness.ClientId),
        ("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"), ("client_assertion", assertion),
    ];

    private static string Assertion(
        OidcHarness op, ECDsa key, string? audience = null, string issuer = OidcHarness.ClientId, DateTimeOffset? expires = null)
    {
        var now = op.Time.GetUtcNow();
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience ?? op.Endpoint("token").AbsoluteUri,
            IssuedAt = now.UtcDateTime,
            Expires = (expires ?? now.AddMinutes(1)).UtcDateTime,
            Claims = new Dictionary<string, object> { ["sub"] = OidcHarness.ClientId, ["jti"] = Guid.NewGuid().ToString() },
            SigningCredentials = new SigningCredentials(new ECDsaSecurityKey(key) { KeyId = "hub-test" }, SecurityAlgorithms.EcdsaSha256),
        });
    }

    private static string Jwks(ECDsa key)
    {
        var parameters = key.ExportParameters(false);
        var jwk = new JsonObject
        {
            ["kty"] = "EC", ["crv"] = "P-256", ["kid"] = "hub-test", ["use"] = "sig", ["alg"] = "ES256",
            ["x"] = Base64Url.Encode(parameters.Q.X), ["y"] = Base64Url.Encode(parameters.Q.Y),
        };
        return new JsonObject { ["keys"] = new JsonArray(jwk) }.ToJsonString();
    }
}
