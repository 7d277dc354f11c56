using System.Security.Claims;
using System.Text;
using Hub.Gateway.OpenIdProvider.Codes;
using Hub.Gateway.Stores.Serialization;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hub.Gateway.Tests.OpenIdProvider.Codes;

public sealed class StoredCodePrincipalTests
{
    [Fact]
    public void ToPrincipal_AfterTheStoresJson_SameIdentityClaimsValueTypesAndDestinationsTypedAsACode()
    {
        var original = Principal();

        var restored = StoreJson.Deserialize<StoredCodePrincipal>(StoreJson.Serialize(StoredCodePrincipal.From(original))).ToPrincipal();

        var identity = Assert.IsType<ClaimsIdentity>(restored.Identity);
        Assert.True(identity.IsAuthenticated);
        Assert.Equal("hub", identity.AuthenticationType);
        Assert.Equal(Claims.Name, identity.NameClaimType);
        Assert.Equal(Claims.Role, identity.RoleClaimType);
        Assert.Equal(
            original.Claims.Select(c => (c.Type, c.Value, c.ValueType)),
            restored.Claims.Where(c => c.Type != Claims.Private.TokenType).Select(c => (c.Type, c.Value, c.ValueType)));
        Assert.Equal([Destinations.IdentityToken, Destinations.AccessToken], (string[])[.. restored.FindFirst(Claims.Subject)!.GetDestinations()]);
        Assert.Equal([Destinations.IdentityToken], (string[])[.. restored.FindFirst(Claims.AuthenticationTime)!.GetDestinations()]);
        Assert.Empty(restored.FindFirst("hub_rel")!.GetDestinations());
        Assert.True(restored.HasTokenType(TokenTypeIdentifiers.Private.AuthorizationCode));
        Assert.Equal(original.GetExpirationDate(), restored.GetExpirationDate());
        Assert.Equal(["osaka-service"], (string[])[.. restored.GetPresenters()]);
        Assert.Equal(["openid", "profile"], (string[])[.. restored.GetScopes()]);
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
            .SetExpirationDate(new DateTimeOffset(2026, 5, 1, 9, 1, 0, TimeSpan.Zero));
        principal.SetDestinations(claim => claim.Type switch
        {
            Claims.Subject => [Destinations.IdentityToken, Destinations.AccessToken],
            Claims.AuthenticationTime => [Destinations.IdentityToken],
            _ => [],
        });
        return principal;
    }
}
