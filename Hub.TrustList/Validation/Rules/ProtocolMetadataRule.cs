using Hub.TrustList.Model;
using Hub.TrustList.Verification;
using static Hub.TrustList.Verification.TrustListErrorCodes;

namespace Hub.TrustList.Validation.Rules;

/// <summary>
/// A provider carries the metadata of its protocol and only that: <c>saml2</c> needs <c>saml2</c>, <c>oidc</c>
/// needs <c>oidc</c>, with pinned keys and https endpoints (plain http only on loopback, for the sandbox providers).
/// </summary>
internal sealed class ProtocolMetadataRule : ITrustListRule
{
    public IEnumerable<TrustListError> Check(TrustListDocument document)
    {
        foreach (var p in document.IdentityProviders)
        {
            var where = Where.Provider(p);
            var errors = p.Protocol switch
            {
                ProviderProtocol.Saml2 => CheckSaml2(where, p),
                ProviderProtocol.Oidc => CheckOidc(where, p),
                _ => [],
            };
            foreach (var e in errors) yield return e;
            if (string.IsNullOrWhiteSpace(p.MappingProfile))
            {
                yield return new(ProtocolMetadata, $"{where}.mapping_profile is empty.");
            }
        }
    }

    private static IEnumerable<TrustListError> CheckSaml2(string where, IdentityProviderEntry p)
    {
        if (p.Saml2 is not { } saml2 || p.Oidc is not null)
        {
            yield return new(ProtocolMetadata, $"{where}: protocol saml2 needs 'saml2' metadata and no 'oidc'.");
            yield break;
        }
        if (string.IsNullOrWhiteSpace(saml2.EntityId))
        {
            yield return new(ProtocolMetadata, $"{where}.saml2.entity_id is empty.");
        }
        if (saml2.SigningCertificates.Count == 0)
        {
            yield return new(ProtocolMetadata, $"{where}.saml2.signing_certificates is empty: responses could not be verified.");
        }
        if (!UriRules.IsAcceptable(saml2.SingleSignOnServiceUrl, allowLoopbackHttp: true))
        {
            yield return new(Endpoint, $"{where}.saml2.single_sign_on_service_url must be an absolute https URL.");
        }
    }

    private static IEnumerable<TrustListError> CheckOidc(string where, IdentityProviderEntry p)
    {
        if (p.Oidc is not { } oidc || p.Saml2 is not null)
        {
            yield return new(ProtocolMetadata, $"{where}: protocol oidc needs 'oidc' metadata and no 'saml2'.");
            yield break;
        }
        if (string.IsNullOrWhiteSpace(oidc.Issuer) || string.IsNullOrWhiteSpace(oidc.ClientId))
        {
            yield return new(ProtocolMetadata, $"{where}.oidc: issuer and client_id are required.");
        }
        if (oidc.Jwks.Keys.Count == 0)
        {
            yield return new(ProtocolMetadata, $"{where}.oidc.jwks has no key: ID tokens could not be verified.");
        }
        var algs = oidc.IdTokenSigningAlgValues;
        if (algs.Count == 0 || algs.Any(a => a.Equals("none", StringComparison.OrdinalIgnoreCase) || a.StartsWith("HS", StringComparison.OrdinalIgnoreCase)))
        {
            yield return new(ProtocolMetadata, $"{where}.oidc.id_token_signing_alg_values must name asymmetric algorithms (never none or HS*).");
        }
        (string Name, Uri? Uri)[] endpoints =
        [
            ("authorization_endpoint", oidc.AuthorizationEndpoint), ("token_endpoint", oidc.TokenEndpoint),
            ("userinfo_endpoint", oidc.UserinfoEndpoint), ("discovery_url", oidc.DiscoveryUrl),
        ];
        foreach (var (name, uri) in endpoints)
        {
            if (uri is not null && !UriRules.IsAcceptable(uri, allowLoopbackHttp: true))
            {
                yield return new(Endpoint, $"{where}.oidc.{name} must be an absolute https URL.");
            }
        }
        if (oidc.UseUserinfo && oidc.UserinfoEndpoint is null)
        {
            yield return new(ProtocolMetadata, $"{where}.oidc.use_userinfo is set without a userinfo_endpoint.");
        }
    }
}
