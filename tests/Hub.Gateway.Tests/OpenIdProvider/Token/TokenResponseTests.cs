using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hub.Gateway.OpenIdProvider.Handlers;
using Hub.Gateway.Tests.OpenIdProvider.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Gateway.Tests.OpenIdProvider.Token;

/// <summary>What the hub's token endpoint returns, and what a replayed code takes back.</summary>
public sealed class TokenResponseTests
{
    [Fact]
    public async Task Token_Success_NotCachedAndBearerWithScopesAndLifetime()
    {
        using var host = new OpenIdProviderHost();
        var client = host.CreateOidcClient();

        var response = await client.RedeemAsync(await client.GetCodeAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        Assert.Equal(600, body.GetProperty("expires_in").GetInt32());
        Assert.Equal(OidcTestClient.DefaultScope, body.GetProperty("scope").GetString());
    }

    [Fact]
    public async Task Token_IdToken_CarriesAzpNonceAndTheAccessTokensHash()
    {
        using var host = new OpenIdProviderHost();
        var client = host.CreateOidcClient();
        var tokens = await client.RedeemSuccessfullyAsync(await client.GetCodeAsync());

        var idToken = await client.ValidateIdTokenAsync(tokens.GetProperty("id_token").GetString()!);

        var accessToken = tokens.GetProperty("access_token").GetString()!;
        var expectedHash = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(accessToken))[..16]);
        Assert.Equal(expectedHash, idToken.GetPayloadValue<string>("at_hash"));
        Assert.Equal(client.Nonce, idToken.GetPayloadValue<string>("nonce"));
        Assert.Equal(client.ClientId, idToken.GetPayloadValue<string>("azp"));
        Assert.Equal(["mfa", "hwk"], idToken.GetPayloadValue<string[]>("amr"));
        Assert.Equal(JsonValueKind.Number, JsonDocument.Parse(Base64UrlEncoder.Decode(idToken.EncodedPayload)).RootElement.GetProperty("auth_time").ValueKind);
        Assert.Equal("JWT", idToken.Typ);
    }

    /// <summary>Decision 0012: the access token is opaque to the RP, sealed by the hub for itself.</summary>
    [Fact]
    public async Task Token_AccessToken_SealedForTheHubAndOpaque()
    {
        using var host = new OpenIdProviderHost();
        var client = host.CreateOidcClient();
        var tokens = await client.RedeemSuccessfullyAsync(await client.GetCodeAsync());

        var accessToken = tokens.GetProperty("access_token").GetString()!;

        Assert.Matches("^hat1\\.a256kw-[0-9]+-[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$", accessToken);
    }

    /// <summary>RFC 6749 4.1.2: a code used twice is refused, and the access tokens it gave stop working.</summary>
    [Fact]
    public async Task Token_CodeReplayed_AccessTokenOfTheFirstRedemptionRevoked()
    {
        using var host = new OpenIdProviderHost();
        var client = host.CreateOidcClient();
        var code = await client.GetCodeAsync();
        var tokens = await client.RedeemSuccessfullyAsync(code);
        var accessToken = tokens.GetProperty("access_token").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await UserInfoAsync(client, accessToken)).StatusCode);

        var replay = await client.RedeemAsync(code);

        Assert.Equal("invalid_grant", await OidcTestClient.ErrorOf(replay));
        var afterReplay = await UserInfoAsync(client, accessToken);
        Assert.Equal(HttpStatusCode.Unauthorized, afterReplay.StatusCode);
        Assert.Contains("invalid_token", afterReplay.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    /// <summary>The guard OpenIddict's degraded mode requires: a token request that reached OpenIddict is refused.</summary>
    [Fact]
    public async Task RefuseTokenRequestsInOpenIddict_AnyRequest_Rejected()
    {
        var transaction = new OpenIddictServerTransaction
        {
            Options = new OpenIddictServerOptions(),
            Logger = NullLogger.Instance,
            Request = new OpenIddictRequest { GrantType = "authorization_code", Code = "code" },
        };
        var context = new ValidateTokenRequestContext(transaction);

        await new RefuseTokenRequestsInOpenIddict().HandleAsync(context);

        Assert.True(context.IsRejected);
        Assert.Equal("server_error", context.Error);
    }

    private static Task<HttpResponseMessage> UserInfoAsync(OidcTestClient client, string accessToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "connect/userinfo");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client.Http.SendAsync(request);
    }
}
