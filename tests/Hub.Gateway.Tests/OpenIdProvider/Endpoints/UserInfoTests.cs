using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Hub.Gateway.Tests.OpenIdProvider.Infrastructure;
using Hub.TrustList.Common;
using Hub.TrustList.Model;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Hub.Gateway.Tests.OpenIdProvider.Endpoints;

public sealed class UserInfoTests
{
    [Fact]
    public async Task UserInfo_ValidAccessToken_ReturnsSubjectAndReleasedClaims()
    {
        using var host = new OpenIdProviderHost();
        var (client, tokens) = await SignInAsync(host);

        var response = await GetUserInfoAsync(client, tokens.GetProperty("access_token").GetString()!);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(new JsonWebToken(tokens.GetProperty("id_token").GetString()!).Subject, body.GetProperty("sub").GetString());
        Assert.Equal("前橋 花子", body.GetProperty("name").GetString());
        Assert.Equal("102016", body.GetProperty("resident_of")[0].GetString());
        Assert.True(body.GetProperty("age_over_18").GetBoolean());
        Assert.False(body.TryGetProperty("hub_rel", out _));
    }

    [Fact]
    public async Task UserInfo_AccessTokenIsSealed_RpCannotReadClaimsFromIt()
    {
        using var host = new OpenIdProviderHost();
        var (client, tokens) = await SignInAsync(host);

        var accessToken = tokens.GetProperty("access_token").GetString()!;

        var sealedBody = System.Text.Encoding.UTF8.GetString(Base64Url.Decode(accessToken.Split('.')[2]));
        Assert.DoesNotContain("前橋", sealedBody, StringComparison.Ordinal);
        Assert.DoesNotContain("age_over_18", sealedBody, StringComparison.Ordinal);
        Assert.DoesNotContain(client.ClientId, accessToken, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserInfo_AccessTokenAltered_Unauthorized()
    {
        using var host = new OpenIdProviderHost();
        var (client, tokens) = await SignInAsync(host);
        var parts = tokens.GetProperty("access_token").GetString()!.Split('.');
        var body = Base64Url.Decode(parts[2]);
        body[^1] ^= 0x80;

        var response = await GetUserInfoAsync(client, $"{parts[0]}.{parts[1]}.{Base64Url.Encode(body)}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    /// <summary>RFC 6750 2.2: the token in a form body of a POST.</summary>
    [Fact]
    public async Task UserInfo_TokenInPostedForm_Accepted()
    {
        using var host = new OpenIdProviderHost();
        var (client, tokens) = await SignInAsync(host);

        var response = await client.Http.PostAsync("connect/userinfo",
            new FormUrlEncodedContent([KeyValuePair.Create("access_token", tokens.GetProperty("access_token").GetString()!)]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>RFC 6750 2.3 is not offered: a token in the query would end up in logs and histories.</summary>
    [Fact]
    public async Task UserInfo_TokenInQuery_Unauthorized()
    {
        using var host = new OpenIdProviderHost();
        var (client, tokens) = await SignInAsync(host);

        var response = await client.Http.GetAsync("connect/userinfo?access_token=" + tokens.GetProperty("access_token").GetString());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    /// <summary>The ID token is signed by the hub but is not an access token: its typ and missing encryption refuse it.</summary>
    [Fact]
    public async Task UserInfo_IdTokenAsBearer_Unauthorized()
    {
        using var host = new OpenIdProviderHost();
        var (client, tokens) = await SignInAsync(host);

        var response = await GetUserInfoAsync(client, tokens.GetProperty("id_token").GetString()!);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserInfo_RevokedAfterIssuance_Unauthorized()
    {
        using var host = new OpenIdProviderHost();
        var (client, tokens) = await SignInAsync(host);
        var subject = new JsonWebToken(tokens.GetProperty("id_token").GetString()!).Subject;
        host.Time.Advance(TimeSpan.FromSeconds(10));
        await host.Revocation.RevokeAsync(subject, TestTrustList.OsakaService, host.Time.GetUtcNow());

        var response = await GetUserInfoAsync(client, tokens.GetProperty("access_token").GetString()!);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserInfo_ClientSuspended_Unauthorized()
    {
        using var host = new OpenIdProviderHost();
        var (client, tokens) = await SignInAsync(host);
        host.TrustList.Current = TestTrustList.Build(host.RpKeys.PublicKeys, rp => rp.ClientId == TestTrustList.OsakaService
            ? rp with { StatusHistory = [.. rp.StatusHistory, new StatusChange(EntryStatus.Suspended, host.Time.GetUtcNow(), "test")] }
            : rp);

        var response = await GetUserInfoAsync(client, tokens.GetProperty("access_token").GetString()!);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    public async Task UserInfo_MissingOrInvalidToken_Unauthorized(string? token)
    {
        using var host = new OpenIdProviderHost();
        var client = host.CreateOidcClient();

        var response = await GetUserInfoAsync(client, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task UserInfo_ExpiredAccessToken_Unauthorized()
    {
        using var host = new OpenIdProviderHost();
        var (client, tokens) = await SignInAsync(host);
        host.Time.Advance(TimeSpan.FromMinutes(11));

        var response = await GetUserInfoAsync(client, tokens.GetProperty("access_token").GetString()!);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static async Task<(OidcTestClient Client, JsonElement Tokens)> SignInAsync(OpenIdProviderHost host)
    {
        var client = host.CreateOidcClient();
        return (client, await client.RedeemSuccessfullyAsync(await client.GetCodeAsync()));
    }

    private static Task<HttpResponseMessage> GetUserInfoAsync(OidcTestClient client, string? accessToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "connect/userinfo");
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }
        return client.Http.SendAsync(request);
    }
}
