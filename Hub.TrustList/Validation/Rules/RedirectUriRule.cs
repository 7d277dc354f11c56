using Hub.TrustList.Model;
using Hub.TrustList.Verification;
using static Hub.TrustList.Verification.TrustListErrorCodes;

namespace Hub.TrustList.Validation.Rules;

/// <summary>
/// RP redirect, post-logout and consent-revocation URIs are absolute https without fragment or user info. Plain
/// http is allowed only for loopback hosts (localhost, 127.0.0.1, [::1]) in entries marked <c>demo</c>. An RP has
/// at least one redirect URI.
/// </summary>
internal sealed class RedirectUriRule : ITrustListRule
{
    public IEnumerable<TrustListError> Check(TrustListDocument document)
    {
        var errors = new List<TrustListError>();
        foreach (var r in document.RelyingParties)
        {
            if (r.RedirectUris.Count == 0)
            {
                errors.Add(new(RedirectUri, $"{Where.RelyingParty(r)}.redirect_uris is empty."));
            }
            foreach (var uri in r.RedirectUris)
            {
                Require(errors, r, "redirect_uris", uri);
            }
            foreach (var uri in r.PostLogoutRedirectUris)
            {
                Require(errors, r, "post_logout_redirect_uris", uri);
            }
            Require(errors, r, "consent_revocation_endpoint", r.ConsentRevocationEndpoint);
        }
        return errors;
    }

    private static void Require(List<TrustListError> errors, RelyingPartyEntry r, string member, Uri? uri)
    {
        if (uri is not null && !UriRules.IsAcceptable(uri, allowLoopbackHttp: r.Demo))
        {
            errors.Add(new(RedirectUri, $"{Where.RelyingParty(r)}.{member}: '{uri}' is not an absolute https URI (http only for loopback hosts in demo entries)."));
        }
    }
}
