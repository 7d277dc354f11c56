using Hub.TrustList.Model;

namespace Hub.Gateway.Demo;

/// <summary>
/// Points the demo trust list's entries at where the sandbox parts actually listen (ports chosen by settings, or
/// free ports in tests): a provider's issuer or entity ID, and its endpoints rebased on its base URL; a relying
/// party's redirect, logout and revocation URLs rebased on its base URL. Everything else is kept as committed.
/// </summary>
public static class TrustListRewriter
{
    /// <param name="providers">Provider id → (base URL, issuer or entity ID).</param>
    /// <param name="relyingParties">client_id → base URL.</param>
    public static TrustListDocument Rewrite(
        TrustListDocument document,
        IReadOnlyDictionary<string, (Uri BaseUrl, string Identifier)> providers,
        IReadOnlyDictionary<string, Uri> relyingParties)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document with
        {
            IdentityProviders = [.. document.IdentityProviders.Select(p => providers.TryGetValue(p.Id, out var at) ? Provider(p, at.BaseUrl, at.Identifier) : p)],
            RelyingParties = [.. document.RelyingParties.Select(r => relyingParties.TryGetValue(r.ClientId, out var at) ? RelyingParty(r, at) : r)],
        };
    }

    /// <summary>The same path and query on another scheme, host and port.</summary>
    public static Uri Rebase(Uri url, Uri baseUrl)
        => new UriBuilder(url) { Scheme = baseUrl.Scheme, Host = baseUrl.Host, Port = baseUrl.Port }.Uri;

    private static IdentityProviderEntry Provider(IdentityProviderEntry provider, Uri baseUrl, string identifier) => provider with
    {
        Saml2 = provider.Saml2 is { } saml ? saml with
        {
            EntityId = identifier,
            SingleSignOnServiceUrl = Rebase(saml.SingleSignOnServiceUrl, baseUrl),
        } : null,
        Oidc = provider.Oidc is { } oidc ? oidc with
        {
            Issuer = identifier,
            AuthorizationEndpoint = Rebase(oidc.AuthorizationEndpoint, baseUrl),
            TokenEndpoint = Rebase(oidc.TokenEndpoint, baseUrl),
            UserinfoEndpoint = oidc.UserinfoEndpoint is { } userinfo ? Rebase(userinfo, baseUrl) : null,
            DiscoveryUrl = oidc.DiscoveryUrl is { } discovery ? Rebase(discovery, baseUrl) : null,
        } : null,
    };

    private static RelyingPartyEntry RelyingParty(RelyingPartyEntry relyingParty, Uri baseUrl) => relyingParty with
    {
        RedirectUris = [.. relyingParty.RedirectUris.Select(u => Rebase(u, baseUrl))],
        PostLogoutRedirectUris = [.. relyingParty.PostLogoutRedirectUris.Select(u => Rebase(u, baseUrl))],
        ConsentRevocationEndpoint = relyingParty.ConsentRevocationEndpoint is { } revocation ? Rebase(revocation, baseUrl) : null,
    };
}
