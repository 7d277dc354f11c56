using Hub.TrustList.Model;
using Hub.TrustList.Verification;
using static Hub.TrustList.Verification.TrustListErrorCodes;

namespace Hub.TrustList.Validation.Rules;

/// <summary>
/// RP redirect, post-logout and consent-revocation URIs are absolute https without fragment or user info. Plain
/// http is allowed only for loopback hosts (localhost, 127.0.0.1, [::1]) in entries marked <c>demo</c>. An RP has
/// at least one redirect URI.
/// </summary>
internal sealed class RedirectUriRule : IRelyingPartyRule
{
    public IEnumerable<TrustListError> CheckAllButRelyingParties(TrustListDocument document) => [];

    public void CheckRelyingParty(RelyingPartyEntry relyingParty, DateTimeOffset issuedAt, List<TrustListError> errors)
    {
        var r = relyingParty;
        if (r.RedirectUris.Count == 0)
        {
            errors.Add(new(RedirectUri, $"{Where.RelyingParty(r)}.redirect_uris is empty."));
        }
        for (var i = 0; i < r.RedirectUris.Count; i++)
        {
            Require(errors, r, "redirect_uris", r.RedirectUris[i]);
        }
        for (var i = 0; i < r.PostLogoutRedirectUris.Count; i++)
        {
            Require(errors, r, "post_logout_redirect_uris", r.PostLogoutRedirectUris[i]);
        }
        Require(errors, r, "consent_revocation_endpoint", r.ConsentRevocationEndpoint);
    }

    private static void Require(List<TrustListError> errors, RelyingPartyEntry r, string member, Uri? uri)
    {
        if (uri is not null && !UriRules.IsAcceptable(uri, allowLoopbackHttp: r.Demo))
        {
            errors.Add(new(RedirectUri, $"{Where.RelyingParty(r)}.{member}: '{uri}' is not an absolute https URI (http only for loopback hosts in demo entries)."));
        }
    }
}
