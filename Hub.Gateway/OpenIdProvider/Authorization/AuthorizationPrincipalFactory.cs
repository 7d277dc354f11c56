using System.Globalization;
using System.Security.Claims;
using Hub.Adapters.Identity;
using Hub.Gateway.OpenIdProvider.Assurance;
using Hub.Gateway.OpenIdProvider.Codes;
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
        if (Unmet(request, identity) is { } unmet)
        {
            return unmet;
        }
        var approved = Approve(request, identity, consentedClaims);
        var claims = new ClaimsIdentity(authenticationType: "hub", nameType: Claims.Name, roleType: Claims.Role);
        foreach (var stored in approved.Claims)
        {
            var claim = new Claim(stored.Type, stored.Value, stored.ValueType ?? ClaimValueTypes.String);
            claim.SetDestinations(stored.Destinations ?? []);
            claims.AddClaim(claim);
        }
        var principal = new ClaimsPrincipal(claims);
        principal.SetScopes(request.Scopes);
        return Result<(ClaimsPrincipal, ReleasedClaims), OpenIdError>.Ok((principal, approved.Released));
    }

    /// <summary>
    /// The code an approval becomes on the hub's own paths (<see cref="AuthorizationAnswer"/>), written straight in
    /// the stored form the token endpoint reads (<see cref="Token.RedeemedCode"/>): the claims <see cref="Create"/>
    /// puts in the principal, with the same destinations, and the bindings OpenIddict would add to it (presenter,
    /// expiry, redirect_uri, S256 challenge, nonce, scopes), without building a principal. Refuses an identity below
    /// the required level.
    /// </summary>
    public Result<(StoredCodePrincipal Code, CodeIssuance Issuance, ReleasedClaims Released), OpenIdError> CreateCode(
        ValidatedAuthorizationRequest request, InternalIdentity identity, IReadOnlySet<string> consentedClaims,
        string codeChallenge, DateTimeOffset expiresAt)
    {
        if (Unmet(request, identity) is { } unmet)
        {
            return unmet;
        }
        var (subject, acr, released, claims) = Approve(request, identity, consentedClaims);
        foreach (var scope in request.Scopes)
        {
            claims.Add(new StoredClaim(Claims.Private.Scope, scope));
        }
        claims.Add(new StoredClaim(Claims.Private.Presenter, request.ClientId));
        claims.Add(new StoredClaim(Claims.Private.ExpirationDate, expiresAt.ToString("r", CultureInfo.InvariantCulture)));
        claims.Add(new StoredClaim(Claims.Private.RedirectUri, request.RedirectUri));
        claims.Add(new StoredClaim(Claims.Private.CodeChallenge, codeChallenge));
        claims.Add(new StoredClaim(Claims.Private.CodeChallengeMethod, CodeChallengeMethods.Sha256));
        if (request.Nonce is not null)
        {
            claims.Add(new StoredClaim(Claims.Private.Nonce, request.Nonce));
        }
        var code = new StoredCodePrincipal("hub", Claims.Name, Claims.Role, claims);
        return Result<(StoredCodePrincipal, CodeIssuance, ReleasedClaims), OpenIdError>.Ok(
            (code, new CodeIssuance(request.ClientId, subject, acr, [.. released.Names]), released));
    }

    /// <summary>
    /// The claims of an approval, with their destinations, for both forms: the pairwise subject (ID and access
    /// token), auth_time, acr and amr (ID token), and the released claims as one private JSON claim (no destination).
    /// </summary>
    private (string Subject, string Acr, ReleasedClaims Released, List<StoredClaim> Claims) Approve(
        ValidatedAuthorizationRequest request, InternalIdentity identity, IReadOnlySet<string> consentedClaims)
    {
        var subject = pairwise.Calculate(request.RelyingParty.SectorIdentifier, identity.ProviderId, identity.ProviderSubject);
        var released = ClaimReleasePolicy.Release(request.RelyingParty, request.RequestedClaims, consentedClaims, identity);
        var acr = AcrValues.For(identity.EffectiveLoa);
        string[] idToken = [Destinations.IdentityToken];
        var claims = new List<StoredClaim>
        {
            new(Claims.Subject, subject, null, [Destinations.IdentityToken, Destinations.AccessToken]),
            new(Claims.AuthenticationTime, identity.AuthTime.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64, idToken),
            new(Claims.AuthenticationContextReference, acr, null, idToken),
        };
        foreach (var method in identity.Amr.Distinct(StringComparer.Ordinal))
        {
            claims.Add(new StoredClaim(Claims.AuthenticationMethodReference, method, null, idToken));
        }
        claims.Add(new StoredClaim(HubClaimTypes.Released, released.ToJson()));
        return (subject, acr, released, claims);
    }

    private static OpenIdError? Unmet(ValidatedAuthorizationRequest request, InternalIdentity identity)
        => identity.EffectiveLoa < request.RequiredLoa
            ? new OpenIdError(AuthorizationErrors.UnmetAuthenticationRequirements, "op.loa.not_met",
                $"The login reached level {identity.EffectiveLoa}; the request needs {request.RequiredLoa}.")
            : null;
}
