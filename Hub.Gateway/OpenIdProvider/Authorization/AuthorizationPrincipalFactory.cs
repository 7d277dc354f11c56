using System.Globalization;
using System.Security.Claims;
using Hub.Adapters.Identity;
using Hub.Gateway.OpenIdProvider.Assurance;
using Hub.Gateway.OpenIdProvider.Release;
using Hub.Gateway.OpenIdProvider.Handlers;
using Hub.Gateway.OpenIdProvider.Subjects;
using Hub.TrustList.Common;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hub.Gateway.OpenIdProvider.Authorization;

/// <summary>
/// Turns an approval into the principal OpenIddict signs in: the pairwise subject, auth_time, acr and amr for the
/// ID token, and the released claims (privately, inside the code). Refuses an identity below the required level.
/// </summary>
internal sealed class AuthorizationPrincipalFactory(PairwiseSubjectCalculator pairwise)
{
    public Result<(ClaimsPrincipal Principal, ReleasedClaims Released), OpenIdError> Create(
        ValidatedAuthorizationRequest request, InternalIdentity identity, IReadOnlySet<string> consentedClaims)
    {
        if (identity.EffectiveLoa < request.RequiredLoa)
        {
            return new OpenIdError(AuthorizationErrors.UnmetAuthenticationRequirements, "op.loa.not_met",
                $"The login reached level {identity.EffectiveLoa}; the request needs {request.RequiredLoa}.");
        }
        var subject = pairwise.Calculate(request.RelyingParty.SectorIdentifier, identity.ProviderId, identity.ProviderSubject);
        var released = ClaimReleasePolicy.Release(request.RelyingParty, request.RequestedClaims, consentedClaims, identity);

        var claims = new ClaimsIdentity(authenticationType: "hub", nameType: Claims.Name, roleType: Claims.Role);
        claims.AddClaim(new Claim(Claims.Subject, subject));
        claims.AddClaim(new Claim(Claims.AuthenticationTime,
            identity.AuthTime.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64));
        claims.AddClaim(new Claim(Claims.AuthenticationContextReference, AcrValues.For(identity.EffectiveLoa)));
        foreach (var method in identity.Amr.Distinct(StringComparer.Ordinal))
        {
            claims.AddClaim(new Claim(Claims.AuthenticationMethodReference, method));
        }
        claims.AddClaim(new Claim(HubClaimTypes.Released, released.ToJson()));

        var principal = new ClaimsPrincipal(claims);
        principal.SetScopes(request.Scopes);
        principal.SetDestinations(claim => claim.Type switch
        {
            Claims.Subject => [Destinations.IdentityToken, Destinations.AccessToken],
            Claims.AuthenticationTime or Claims.AuthenticationContextReference or Claims.AuthenticationMethodReference
                => [Destinations.IdentityToken],
            _ => [],
        });
        return Result<(ClaimsPrincipal, ReleasedClaims), OpenIdError>.Ok((principal, released));
    }
}
