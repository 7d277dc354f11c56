using Hub.TrustList.Conformance;

namespace Hub.Conformance.Checks.Evaluators;

/// <summary>META-TLS-01: https everywhere; plain http only on loopback, and only for a candidate marked sandbox.</summary>
internal static class TransportCheck
{
    public static ConformanceCheck Evaluate(Evaluation e)
    {
        var endpoints = new List<(string Name, Uri Url)> { ("metadata", e.Candidate.MetadataUrl) };
        if (e.Entry.Saml2 is { } saml)
        {
            endpoints.Add(("saml2.single_sign_on_service_url", saml.SingleSignOnServiceUrl));
        }
        if (e.Entry.Oidc is { } oidc)
        {
            endpoints.Add(("oidc.authorization_endpoint", oidc.AuthorizationEndpoint));
            endpoints.Add(("oidc.token_endpoint", oidc.TokenEndpoint));
            if (oidc.UserinfoEndpoint is { } userinfo)
            {
                endpoints.Add(("oidc.userinfo_endpoint", userinfo));
            }
            if (Uri.TryCreate(oidc.Issuer, UriKind.Absolute, out var issuer))
            {
                endpoints.Add(("oidc.issuer", issuer));
            }
        }
        if (e.Metadata.Saml is { } published)
        {
            endpoints.AddRange(published.SsoRedirectLocations.Concat(published.OtherEndpoints).Select(u => ("metadata endpoint", u)));
        }
        if (e.Metadata.Oidc is { } discovery)
        {
            endpoints.Add(("jwks_uri", discovery.JwksUri));
            endpoints.AddRange(new[] { discovery.AuthorizationEndpoint, discovery.TokenEndpoint, discovery.UserinfoEndpoint }
                .OfType<Uri>().Select(u => ("discovery endpoint", u)));
        }
        var problems = e.Pool.For(CommonCatalogue.TransportSecure).ToList();
        problems.AddRange(endpoints.Where(x => !IsAcceptable(x.Url, e.Candidate.Sandbox))
            .Select(x => $"{x.Name} {x.Url.GetLeftPart(UriPartial.Path)} is not https"
                         + (x.Url.Scheme == Uri.UriSchemeHttp && IsLoopback(x.Url) ? " (loopback http is accepted only for a candidate marked sandbox)" : "")));
        return CommonCatalogue.TransportSecure.PassUnless(problems,
            [$"{endpoints.Count} endpoints use https" + (e.Candidate.Sandbox ? " or loopback http (sandbox candidate)" : "")]);
    }

    public static bool IsAcceptable(Uri url, bool sandbox)
        => url.Scheme == Uri.UriSchemeHttps || (sandbox && url.Scheme == Uri.UriSchemeHttp && IsLoopback(url));

    private static bool IsLoopback(Uri url) => url.IsLoopback || url.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase);
}
