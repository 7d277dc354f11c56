using System.Text.Json;
using Hub.Gateway.Tests.OpenIdProvider.Infrastructure;

namespace Hub.Gateway.Tests.OpenIdProvider.Endpoints;

public sealed class AuthorizationCodeFlowTests
{
    [Fact]
    public async Task CodeFlow_PkceAndPrivateKeyJwt_IssuesIdTokenWithEveryClaim()
    {
        using var host = new OpenIdProviderHost();
        var client = host.CreateOidcClient();
        var authTime = host.Time.GetUtcNow();

        var redirect = OidcTestClient.RedirectParameters(await client.AuthorizeAsync());
        Assert.Equal(client.State, redirect["state"]);
        Assert.Equal(OpenIdProviderHost.Issuer, redirect["iss"]);

        host.Time.Advance(TimeSpan.FromSeconds(5));
        var tokens = await client.RedeemSuccessfullyAsync(redirect["code"]);
        var idToken = await client.ValidateIdTokenAsync(tokens.GetProperty("id_token").GetString()!);

        Assert.Equal("RS256", idToken.Alg);
        Assert.Equal(OpenIdProviderHost.Issuer, idToken.Issuer);
        Assert.Equal([TestTrustList.OsakaService], idToken.Audiences);
        Assert.Equal(client.Nonce, idToken.GetClaim("nonce").Value);
        Assert.Equal(authTime.ToUnixTimeSeconds(), idToken.GetPayloadValue<long>("auth_time"));
        Assert.Equal("urn:jp:regional-id:loa:A", idToken.GetClaim("acr").Value);
        Assert.Equal(["mfa", "hwk"], idToken.GetPayloadValue<string[]>("amr"));
        Assert.True(idToken.TryGetPayloadValue<long>("exp", out _));
        Assert.True(idToken.TryGetPayloadValue<long>("iat", out _));
        Assert.NotEqual(TestIdentities.ProviderSubject, idToken.Subject);
        Assert.DoesNotContain(TestIdentities.ProviderSubject, idToken.EncodedPayload, StringComparison.Ordinal);

        var payload = JsonDocument.Parse(Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Decode(idToken.EncodedPayload)).RootElement;
        Assert.Equal("前橋 花子", payload.GetProperty("name").GetString());
        Assert.Equal("1990-04-01", payload.GetProperty("birthdate").GetString());
        Assert.Equal(JsonValueKind.True, payload.GetProperty("age_over_18").ValueKind);
        Assert.Equal(JsonValueKind.Array, payload.GetProperty("resident_of").ValueKind);
        Assert.Equal("102016", payload.GetProperty("resident_of")[0].GetString());
        Assert.Equal("102016", payload.GetProperty("address").GetProperty("local_government_code").GetString());
        Assert.Equal(JsonValueKind.True, payload.GetProperty("email_verified").ValueKind);
        Assert.Equal("mebuku", payload.GetProperty("provider").GetProperty("id").GetString());
        Assert.False(payload.GetProperty("provider").TryGetProperty("brand", out _));
        Assert.False(payload.TryGetProperty("hub_rel", out _));
        var accessTokenHash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(tokens.GetProperty("access_token").GetString()!));
        Assert.Equal(Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(accessTokenHash[..16]), payload.GetProperty("at_hash").GetString());
        Assert.False(payload.TryGetProperty("age_over_65", out _));
    }
}
