using System.Security.Claims;
using System.Text;
using Hub.Gateway.OpenIdProvider.Codes;
using Hub.Gateway.OpenIdProvider.Token;
using Hub.Gateway.Stores.Serialization;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hub.Gateway.Tests.OpenIdProvider.Codes;

public sealed class StoredCodePrincipalTests
{
    [Fact]
    public void RedeemedCode_AfterTheStoresJson_EveryBindingAndTheIdTokensClaims()
    {
        var original = Principal();

        var code = RedeemedCode.From(StoreJson.Deserialize<StoredCodePrincipal>(StoreJson.Serialize(StoredCodePrincipal.From(original))));

        Assert.Equal("osaka-service", code.ClientId);
        Assert.Equal("https://rp.example/callback", code.RedirectUri);
        Assert.Equal("challenge-value", code.CodeChallenge);
        Assert.Equal(CodeChallengeMethods.Sha256, code.CodeChallengeMethod);
        Assert.Equal(original.GetExpirationDate(), code.ExpiresAt);
        Assert.Equal("nonce-value", code.Nonce);
        Assert.Equal("pairwise-subject", code.Subject);
        Assert.Equal(["openid", "profile"], code.Scopes);
        var authTime = Assert.Single(code.IdTokenClaims);
        Assert.Equal((Claims.AuthenticationTime, "1777626000", ClaimValueTypes.Integer64), (authTime.Type, authTime.Value, authTime.ValueType));
        Assert.Equal("""{"email":"hanako@example.jp"}""", code.Released);
    }

    [Fact]
    public void From_StringClaimsWithoutDestinations_WritesNeitherValueTypeNorDestinations()
    {
        var identity = new ClaimsIdentity("hub", Claims.Name, Claims.Role);
        identity.AddClaim(new Claim("oi_reduri", "https://rp.example/callback"));

        var json = Encoding.UTF8.GetString(StoreJson.Serialize(StoredCodePrincipal.From(new ClaimsPrincipal(identity))));

        Assert.Equal("""{"a":"hub","n":"name","r":"role","c":[{"t":"oi_reduri","v":"https://rp.example/callback"}]}""", json);
    }

    private static ClaimsPrincipal Principal()
    {
        var identity = new ClaimsIdentity("hub", Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, "pairwise-subject"));
        identity.AddClaim(new Claim(Claims.AuthenticationTime, "1777626000", ClaimValueTypes.Integer64));
        identity.AddClaim(new Claim("hub_rel", """{"email":"hanako@example.jp"}""", "JSON"));
        var principal = new ClaimsPrincipal(identity)
            .SetScopes("openid", "profile")
            .SetPresenters("osaka-service")
            .SetExpirationDate(new DateTimeOffset(2026, 5, 1, 9, 1, 0, TimeSpan.Zero))
            .SetClaim(Claims.Private.RedirectUri, "https://rp.example/callback")
            .SetClaim(Claims.Private.CodeChallenge, "challenge-value")
            .SetClaim(Claims.Private.CodeChallengeMethod, CodeChallengeMethods.Sha256)
            .SetClaim(Claims.Private.Nonce, "nonce-value");
        principal.SetDestinations(claim => claim.Type switch
        {
            Claims.Subject => [Destinations.IdentityToken, Destinations.AccessToken],
            Claims.AuthenticationTime => [Destinations.IdentityToken],
            _ => [],
        });
        return principal;
    }
}
