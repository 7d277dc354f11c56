using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Hub.TrustList.Common;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Sandbox.Providers.Tests.Support;

namespace Sandbox.Providers.Tests.Oidc;

/// <summary>/token: the code's single use and its bindings to redirect_uri, PKCE verifier and lifetime.</summary>
public sealed class OidcTokenTests
{
    [Theory]
    [InlineData(OidcHarness.Mydoor)]
    [InlineData(OidcHarness.Aizu)]
    public async Task Token_CodeReused_InvalidGrantAndFirstAccessTokenRevoked(string provider)
    {
        await using var op = await OidcHarness.StartAsync(provider);
        var code = await op.CodeAsync(provider == OidcHarness.Mydoor ? "ichiro" : "yuki", provider == OidcHarness.Mydoor ? "ichiro-demo" : "yuki-demo");
        var first = await op.JsonAsync(await op.TokenAsync(code), HttpStatusCode.OK);

        var second = await op.JsonAsync(await op.TokenAsync(code), HttpStatusCode.BadRequest);

        Assert.Equal("invalid_grant", second.GetProperty("error").GetString());
        using var userinfo = new HttpRequestMessage(HttpMethod.Get, op.Endpoint("userinfo"));
        userinfo.Headers.Authorization = new AuthenticationHeaderValue("Bearer", first.GetProperty("access_token").GetString());
        using var revoked = await op.Client.SendAsync(userinfo);
        Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
    }

    [Theory]
    [InlineData(OidcHarness.Mydoor)]
    [InlineData(OidcHarness.Aizu)]
    public async Task Token_WrongVerifier_InvalidGrant(string provider)
    {
        await using var op = await OidcHarness.StartAsync(provider);
        var code = await op.CodeAsync(provider == OidcHarness.Mydoor ? "ichiro" : "yuki", provider == OidcHarness.Mydoor ? "ichiro-demo" : "yuki-demo");

        var response = await op.JsonAsync(
            await op.TokenAsync(code, verifier: Base64Url.Encode(RandomNumberGenerator.GetBytes(32))), HttpStatusCode.BadRequest);

        Assert.Equal("invalid_grant", response.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Token_MissingVerifier_InvalidGrant()
    {
        await using var op = await OidcHarness.StartAsync(OidcHarness.Mydoor);
        var code = await op.CodeAsync("ichiro", "ichiro-demo");

        var response = await op.JsonAsync(await op.TokenWithBasicAsync(
            ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", OidcHarness.RedirectUri)), HttpStatusCode.BadRequest);

        Assert.Equal("invalid_grant", response.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Token_OtherRedirectUri_InvalidGrant()
    {
        await using var op = await OidcHarness.StartAsync(OidcHarness.Mydoor, o => o.RedirectUris.Add("http://localhost:5080/oidc/callback2"));
        var code = await op.CodeAsync("ichiro", "ichiro-demo");

        var response = await op.JsonAsync(await op.TokenAsync(code, redirectUri: "http://localhost:5080/oidc/callback2"), HttpStatusCode.BadRequest);

        Assert.Equal("invalid_grant", response.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Token_CodeOlderThan60Seconds_InvalidGrant()
    {
        await using var op = await OidcHarness.StartAsync(OidcHarness.Aizu);
        var code = await op.CodeAsync("yuki", "yuki-demo");
        op.Time.Advance(TimeSpan.FromSeconds(61));

        var response = await op.JsonAsync(await op.TokenAsync(code), HttpStatusCode.BadRequest);

        Assert.Equal("invalid_grant", response.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Token_UnknownCode_InvalidGrant()
    {
        await using var op = await OidcHarness.StartAsync(OidcHarness.Aizu);

        var response = await op.JsonAsync(await op.TokenAsync("not-a-code"), HttpStatusCode.BadRequest);

        Assert.Equal("invalid_grant", response.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Token_UnsupportedGrantType_Refused()
    {
        await using var op = await OidcHarness.StartAsync(OidcHarness.Mydoor);
        using var request = new HttpRequestMessage(HttpMethod.Post, op.Endpoint("token"))
        {
            Content = Http.Form(("grant_type", "client_credentials")),
        };
        request.Headers.Authorization = Http.Basic(OidcHarness.ClientId, Sandbox.Providers.Oidc.OidcSandboxProviderOptions.DemoClientSecret);

        var body = await op.JsonAsync(await op.Client.SendAsync(request), HttpStatusCode.BadRequest);

        Assert.Equal("unsupported_grant_type", body.GetProperty("error").GetString());
    }
}
