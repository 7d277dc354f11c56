using System.Security.Claims;
using Hub.Gateway.OpenIdProvider.Handlers;
using Microsoft.Extensions.Logging.Abstractions;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Gateway.Tests.OpenIdProvider.Handlers;

/// <summary>
/// Codes without a PKCE challenge cannot be minted through the endpoints (authorize requires S256), so these
/// handler-level tests feed one in directly: a verifier without a challenge, and no PKCE at all.
/// </summary>
public sealed class CodeRedemptionPkceTests
{
    [Fact]
    public async Task ValidateCodeVerifier_VerifierWithoutChallenge_InvalidRequest()
    {
        var context = Context(codeVerifier: "a-verifier-that-was-never-challenged-0123456789", withChallenge: false);

        await new OpenIddictServerHandlers.Exchange.ValidateCodeVerifier().HandleAsync(context);

        Assert.True(context.IsRejected);
        Assert.Equal("invalid_request", context.Error);
    }

    [Fact]
    public async Task RequireProofKeyOnRedemption_CodeWithoutChallenge_InvalidGrant()
    {
        var context = Context(codeVerifier: null, withChallenge: false);

        await new RequireProofKeyOnRedemption(NullLogger<RequireProofKeyOnRedemption>.Instance).HandleAsync(context);

        Assert.True(context.IsRejected);
        Assert.Equal("invalid_grant", context.Error);
    }

    [Fact]
    public async Task RequireProofKeyOnRedemption_CodeWithS256Challenge_Passes()
    {
        var context = Context(codeVerifier: "verifier", withChallenge: true);

        await new RequireProofKeyOnRedemption(NullLogger<RequireProofKeyOnRedemption>.Instance).HandleAsync(context);

        Assert.False(context.IsRejected);
    }

    private static ValidateTokenRequestContext Context(string? codeVerifier, bool withChallenge)
    {
        var transaction = new OpenIddictServerTransaction
        {
            Options = new OpenIddictServerOptions(),
            Logger = NullLogger.Instance,
            Request = new OpenIddictRequest { GrantType = "authorization_code", Code = "code", CodeVerifier = codeVerifier },
        };
        var principal = new ClaimsPrincipal(new ClaimsIdentity("test"));
        if (withChallenge)
        {
            principal.SetClaim("oi_cd_chlg", "challenge").SetClaim("oi_cd_chlg_meth", "S256");
        }
        return new ValidateTokenRequestContext(transaction) { AuthorizationCodePrincipal = principal };
    }
}
