using Hub.TrustList.Model;
using Hub.TrustList.Verification;
using static Hub.TrustList.Verification.TrustListErrorCodes;

namespace Hub.TrustList.Validation.Rules;

/// <summary>
/// RP redirect, post-logout and consent-revocation URIs are absolute https without fragment. Plain http is allowed
/// only for loopback hosts (localhost, 127.0.0.1, [::1]) in entries marked <c>demo</c>. An RP has at least one
/// redirect URI.
/// </summary>
internal sealed class RedirectUriRule : ITrustListRule
{
    public IEnumerable<TrustListError> Check(TrustListDocument document)
    {
        foreach (var r in document.RelyingParties)
        {
            var where = Where.RelyingParty(r);
            if (r.RedirectUris.Count == 0)
            {
                yield return new(RedirectUri, $"{where}.redirect_uris is empty.");
            }
            var uris = r.RedirectUris.Select(u => ("redirect_uris", (Uri?)u))
                .Concat(r.PostLogoutRedirectUris.Select(u => ("post_logout_redirect_uris", (Uri?)u)))
                .Append(("consent_revocation_endpoint", r.ConsentRevocationEndpoint));
            foreach (var (member, uri) in uris)
            {
                if (uri is not null && !UriRules.IsAcceptable(uri, allowLoopbackHttp: r.Demo))
                {
                    yield return new(RedirectUri, $"{where}.{member}: '{uri}' is not an absolute https URI (http only for loopback hosts in demo entries).");
                }
            }
        }
    }
}
