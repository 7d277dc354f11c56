using Hub.TrustList.Common;
using Hub.TrustList.Conformance;
using Hub.TrustList.Model;

namespace Hub.Conformance.Candidates;

/// <summary>The hub's registration at the candidate, for the entry's protocol, with its key files read.</summary>
internal static class CandidateRegistration
{
    public static Result<(SamlRegistration? Saml2, OidcRegistration? Oidc), ConformanceError> Read(
        HubRegistrationFile hub, IdentityProviderEntry entry, CandidateFiles files)
    {
        if (entry.Protocol == ProviderProtocol.Saml2)
        {
            var saml = Saml(hub.Saml2, files);
            return saml.IsSuccess ? Result<(SamlRegistration?, OidcRegistration?), ConformanceError>.Ok((saml.Value, null)) : saml.Error!;
        }
        var oidc = Oidc(hub.Oidc, files);
        return oidc.IsSuccess ? Result<(SamlRegistration?, OidcRegistration?), ConformanceError>.Ok((null, oidc.Value)) : oidc.Error!;
    }

    private static Result<SamlRegistration, ConformanceError> Saml(SamlRegistrationFile? file, CandidateFiles files)
    {
        if (file is null)
        {
            return CandidateLoader.Fail("hub.saml2 is required for a saml2 entry: the SP entity ID, ACS URL and the conformance SP key the candidate registered.");
        }
        if (!Uri.TryCreate(file.AcsUrl, UriKind.Absolute, out var acs))
        {
            return CandidateLoader.Fail("hub.saml2.acs_url must be an absolute URL.");
        }
        var certificate = files.ReadText(file.SigningCertificateFile, "hub.saml2.signing_certificate_file");
        var key = files.ReadText(file.SigningKeyFile, "hub.saml2.signing_key_file");
        if (!certificate.IsSuccess || !key.IsSuccess)
        {
            return certificate.Error ?? key.Error!;
        }
        return Result<SamlRegistration, ConformanceError>.Ok(new SamlRegistration(file.SpEntityId, acs, certificate.Value, key.Value));
    }

    private static Result<OidcRegistration, ConformanceError> Oidc(OidcRegistrationFile? file, CandidateFiles files)
    {
        if (file is null)
        {
            return CandidateLoader.Fail("hub.oidc is required for an oidc entry: the redirect URI and client authentication the candidate registered.");
        }
        if (!Uri.TryCreate(file.RedirectUri, UriKind.Absolute, out var redirectUri))
        {
            return CandidateLoader.Fail("hub.oidc.redirect_uri must be an absolute URL.");
        }
        switch (file.ClientAuthentication)
        {
            case "client_secret_basic" when !string.IsNullOrEmpty(file.ClientSecret):
                return Result<OidcRegistration, ConformanceError>.Ok(new OidcRegistration(
                    redirectUri, ClientAuthenticationMethod.ClientSecretBasic, file.ClientSecret, null, file.Scopes ?? []));
            case "private_key_jwt" when file.ClientPrivateJwkFile is not null:
                var jwk = files.ReadText(file.ClientPrivateJwkFile, "hub.oidc.client_private_jwk_file");
                return jwk.IsSuccess
                    ? Result<OidcRegistration, ConformanceError>.Ok(new OidcRegistration(
                        redirectUri, ClientAuthenticationMethod.PrivateKeyJwt, null, jwk.Value, file.Scopes ?? []))
                    : jwk.Error!;
            default:
                return CandidateLoader.Fail(
                    "hub.oidc.client_authentication must be private_key_jwt (with client_private_jwk_file) or client_secret_basic (with client_secret).");
        }
    }
}
