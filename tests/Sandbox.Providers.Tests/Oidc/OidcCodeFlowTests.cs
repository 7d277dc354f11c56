using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hub.TrustList.Common;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Sandbox.Providers.Aizu;
using Sandbox.Providers.Mydoor;
using Sandbox.Providers.Oidc;
using Sandbox.Providers.Tests.Support;

namespace Sandbox.Providers.Tests.Oidc;

/// <summary>The whole code flow over HTTP: authorize, login form, redirect with code/state/iss, token, userinfo.</summary>
public sealed class OidcCodeFlowTests
{
    [Fact]
    public async Task CodeFlow_MydoorCardResident_IdTokenVerifiesWithPinnedKeyAndCarriesMydoorClaims()
    {
        await using var op = await OidcHarness.StartAsync(OidcHarness.Mydoor);

        var query = await op.LoginAsync("ichiro", "ichiro-demo", ("acr_values", "mydoor:mnc"));
        var tokens = await op.JsonAsync(await op.TokenAsync(query["code"]), HttpStatusCode.OK);
        var idToken = await ValidateAsync(op, tokens.GetProperty("id_token").GetString()!, "RS256");

        Assert.Equal("state-123", query["state"]);
        Assert.Equal(op.Host.Identifier, query["iss"]);
        Assert.Equal("Bearer", tokens.GetProperty("token_type").GetString());
        Assert.Equal(300, tokens.GetProperty("expires_in").GetInt32());
        Assert.Equal(MydoorResidents.Ichiro.Subject, idToken.Subject);
        Assert.Equal("nonce-456", idToken.GetClaim("nonce").Value);
        Assert.Equal("mydoor:mnc", idToken.GetClaim("acr").Value);
        Assert.Equal(["sc", "pin", "mfa"], idToken.GetPayloadValue<string[]>("amr"));
        Assert.Equal(op.Time.GetUtcNow().ToUnixTimeSeconds(), idToken.GetPayloadValue<long>("auth_time"));
        Assert.Equal(op.Time.GetUtcNow().AddMinutes(5).UtcDateTime, idToken.ValidTo);
        Assert.Equal("大阪 一郎", idToken.GetClaim("mydoor_name").Value);
        Assert.Equal("ｵｵｻｶ ｲﾁﾛｳ", idToken.GetClaim("mydoor_kana").Value);
        Assert.Equal("1950/07/20", idToken.GetClaim("birthday").Value);
        Assert.Equal("男", idToken.GetClaim("sex").Value);
        Assert.Equal("271004", idToken.GetClaim("lg_code").Value);
        var address = JsonDocument.Parse(idToken.GetClaim("address").Value).RootElement;
        Assert.Equal("大阪府", address.GetProperty("region").GetString());
        Assert.Equal("大阪市北区", address.GetProperty("locality").GetString());
        Assert.True(idToken.GetPayloadValue<bool>("email_verified"));
        Assert.False(idToken.TryGetClaim("mydoor_brand", out _));
        var accessTokenHash = SHA256.HashData(Encoding.ASCII.GetBytes(tokens.GetProperty("access_token").GetString()!));
        Assert.Equal(Base64Url.Encode(accessTokenHash.AsSpan(0, 16)), idToken.GetClaim("at_hash").Value);
    }

    [Fact]
    public async Task CodeFlow_AizuCardResident_IdTokenIsEs256WithEraBirthdate()
    {
        await using var op = await OidcHarness.StartAsync(OidcHarness.Aizu);

        var code = await op.CodeAsync("yuki", "yuki-demo", ("acr_values", "aizu:mnc"));
        var tokens = await op.JsonAsync(await op.TokenAsync(code), HttpStatusCode.OK);
        var idToken = await ValidateAsync(op, tokens.GetProperty("id_token").GetString()!, "ES256");

        Assert.Equal(AizuResidents.Yuki.Subject, idToken.Subject);
        Assert.Equal("aizu:mnc", idToken.GetClaim("acr").Value);
        Assert.Equal("S63.3.3", idToken.GetClaim("birthdate").Value);
        Assert.Equal("若松", idToken.GetClaim("family_name").Value);
        Assert.Equal("ワカマツ", idToken.GetClaim("family_name#ja-Kana-JP").Value);
        Assert.Equal("福島県会津若松市東栄町3-46", JsonDocument.Parse(idToken.GetClaim("address").Value).RootElement.GetProperty("formatted").GetString());
        Assert.Equal("雪", idToken.GetClaim("given_name").Value);
    }

    [Fact]
    public async Task CodeFlow_AizuEmailOnlyResident_LevelCTokenHasOnlyEmail()
    {
        await using var op = await OidcHarness.StartAsync(OidcHarness.Aizu);

        var code = await op.CodeAsync("tsuruga", "tsuruga-demo", ("acr_values", "aizu:email"));
        var tokens = await op.JsonAsync(await op.TokenAsync(code), HttpStatusCode.OK);
        var idToken = await ValidateAsync(op, tokens.GetProperty("id_token").GetString()!, "ES256");

        Assert.Equal("aizu:email", idToken.GetClaim("acr").Value);
        Assert.Equal(["pwd"], idToken.GetPayloadValue<string[]>("amr"));
        Assert.Equal("tsuruga@example.jp", idToken.GetClaim("email").Value);
        Assert.False(idToken.TryGetClaim("name", out _));
        Assert.False(idToken.TryGetClaim("birthdate", out _));
    }

    [Theory]
    [InlineData(OidcHarness.Mydoor, "hanako", "hanako-demo")]
    [InlineData(OidcHarness.Aizu, "yuki", "yuki-demo")]
    public async Task Userinfo_WithAccessToken_ReturnsSameSubAndClaims(string provider, string username, string password)
    {
        await using var op = await OidcHarness.StartAsync(provider);
        var code = await op.CodeAsync(username, password);
        var tokens = await op.JsonAsync(await op.TokenAsync(code), HttpStatusCode.OK);
        var idToken = new JsonWebToken(tokens.GetProperty("id_token").GetString()!);

        using var request = new HttpRequestMessage(HttpMethod.Get, op.Endpoint("userinfo"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("access_token").GetString());
        var userinfo = await op.JsonAsync(await op.Client.SendAsync(request), HttpStatusCode.OK);

        Assert.Equal(idToken.Subject, userinfo.GetProperty("sub").GetString());
        Assert.Equal(idToken.GetClaim("email").Value, userinfo.GetProperty("email").GetString());
        string[] protocolClaims = ["iss", "aud", "exp", "iat", "auth_time", "nonce", "acr", "amr", "at_hash"];
        Assert.Equal(
            idToken.Claims.Select(c => c.Type).Except(protocolClaims).Order(StringComparer.Ordinal),
            userinfo.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(JsonValueKind.Object, userinfo.GetProperty("address").ValueKind);
    }

    [Fact]
    public async Task Userinfo_WithoutToken_Unauthorized()
    {
        await using var op = await OidcHarness.StartAsync(OidcHarness.Mydoor);

        using var response = await op.Client.GetAsync(op.Endpoint("userinfo"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task Authorize_SakaiDBrand_ShowsSakaiDLoginPage()
    {
        await using var op = await OidcHarness.StartAsync(OidcHarness.Mydoor);

        using var branded = await op.AuthorizeAsync(("brand", MydoorClaims.SakaiDBrand));
        using var plain = await op.AuthorizeAsync();

        Assert.Contains("<strong>SakaI-D</strong>", await branded.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("<strong>mydoor OSAKA ID</strong>", await plain.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CodeFlow_SakaiResident_CarriesSakaiLocalGovernmentCode()
    {
        await using var op = await OidcHarness.StartAsync(OidcHarness.Mydoor);

        var code = await op.CodeAsync("hanako", "hanako-demo", ("brand", MydoorClaims.SakaiDBrand));
        var tokens = await op.JsonAsync(await op.TokenAsync(code), HttpStatusCode.OK);
        var idToken = await ValidateAsync(op, tokens.GetProperty("id_token").GetString()!, "RS256");

        Assert.Equal("271403", idToken.GetClaim("lg_code").Value);
        Assert.Equal("sakai-d", idToken.GetClaim("mydoor_brand").Value);
        Assert.Equal("ｻｶｲ ﾊﾅｺ", idToken.GetClaim("mydoor_kana").Value);
        Assert.Equal("女", idToken.GetClaim("sex").Value);
    }

    /// <summary>Validates as the hub does: the pinned key only, the one algorithm, issuer, audience and lifetime.</summary>
    internal static async Task<JsonWebToken> ValidateAsync(OidcHarness op, string idToken, string algorithm)
    {
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(idToken, new TokenValidationParameters
        {
            IssuerSigningKey = op.PublicKey,
            ValidAlgorithms = [algorithm],
            ValidIssuer = op.Host.Identifier,
            ValidAudience = OidcHarness.ClientId,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            TryAllIssuerSigningKeys = false,
        });
        Assert.True(result.IsValid, result.Exception?.Message);
        var token = (JsonWebToken)result.SecurityToken;
        Assert.Equal(op.PublicKey.Kid, token.Kid);
        return token;
    }
}
