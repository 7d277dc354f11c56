using Hub.TrustList.Model;
using Hub.TrustList.Verification;
using static Hub.TrustList.Verification.TrustListErrorCodes;

namespace Hub.TrustList.Validation.Rules;

/// <summary>
/// No list holds a null (<c>"redirect_uris": [null]</c> reads as a null element: the serializer checks nullability
/// of members, not of list elements). Runs first: the other rules may assume non-null elements.
/// </summary>
internal sealed class NullEntryRule : ITrustListRule
{
    public IEnumerable<TrustListError> Check(TrustListDocument document)
    {
        var errors = new List<TrustListError>();
        Require(errors, "identity_providers", document.IdentityProviders);
        Require(errors, "relying_parties", document.RelyingParties);
        if (errors.Count > 0)
        {
            return errors;
        }
        foreach (var p in document.IdentityProviders)
        {
            var where = Where.Provider(p);
            Require(errors, $"{where}.regions", p.Regions);
            Require(errors, $"{where}.brands", p.Brands);
            Require(errors, $"{where}.attributes", p.Attributes);
            Require(errors, $"{where}.status_history", p.StatusHistory);
            Require(errors, $"{where}.saml2.signing_certificates", p.Saml2?.SigningCertificates);
            Require(errors, $"{where}.oidc.jwks.keys", p.Oidc?.Jwks.Keys);
            Require(errors, $"{where}.oidc.id_token_signing_alg_values", p.Oidc?.IdTokenSigningAlgValues);
            foreach (var b in p.Brands.Where(b => b is not null))
            {
                Require(errors, $"{Where.Brand(p, b)}.regions", b.Regions);
                Require(errors, $"{Where.Brand(p, b)}.status_history", b.StatusHistory);
            }
        }
        foreach (var r in document.RelyingParties)
        {
            // Checked without allocating first: on 100,000 entries, the location is built only when there is an error.
            if (!HasNull(r.Regions) && !HasNull(r.RedirectUris) && !HasNull(r.PostLogoutRedirectUris) && !HasNull(r.AllowedClaims)
                && !HasNull(r.StatusHistory) && !HasNull(r.ClientAuthentication.Jwks?.Keys))
            {
                continue;
            }
            var where = Where.RelyingParty(r);
            Require(errors, $"{where}.regions", r.Regions);
            Require(errors, $"{where}.redirect_uris", r.RedirectUris);
            Require(errors, $"{where}.post_logout_redirect_uris", r.PostLogoutRedirectUris);
            Require(errors, $"{where}.allowed_claims", r.AllowedClaims);
            Require(errors, $"{where}.status_history", r.StatusHistory);
            Require(errors, $"{where}.client_authentication.jwks.keys", r.ClientAuthentication.Jwks?.Keys);
        }
        return errors;
    }

    private static bool HasNull<T>(IReadOnlyList<T>? list)
        where T : class
    {
        if (list is null)
        {
            return false;
        }
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                return true;
            }
        }
        return false;
    }

    private static void Require<T>(List<TrustListError> errors, string where, IReadOnlyList<T>? list)
        where T : class
    {
        if (list is null)
        {
            return;
        }
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                errors.Add(new(Schema, $"{where}[{i}] is null."));
            }
        }
    }
}
