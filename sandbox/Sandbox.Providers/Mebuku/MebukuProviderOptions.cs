namespace Sandbox.Providers.Mebuku;

/// <summary>The sandbox Mebuku ID SAML IdP. Defaults match the demo trust list.</summary>
public sealed class MebukuProviderOptions : SandboxProviderOptions
{
    public const string DefaultUrl = "http://localhost:5081";

    /// <summary>The one known SP: the hub.</summary>
    public string SpEntityId { get; set; } = "http://localhost:5080/saml/metadata";

    /// <summary>The hub's allowed AssertionConsumerServiceURLs, matched exactly. The first is used when a request names none.</summary>
    public IList<string> AssertionConsumerServiceUrls { get; set; } = ["http://localhost:5080/saml/acs"];

    /// <summary>Refuse AuthnRequests without a valid HTTP-Redirect signature (SAML bindings §3.4.4.1).</summary>
    public bool RequireSignedRequests { get; set; } = true;

    /// <summary>The IdP's entity ID. Null: the base URL + <c>/saml/metadata</c>.</summary>
    public string? EntityId { get; set; }

    /// <summary>PEM private key that signs assertions. Null: <c>mebuku-idp.key.pem</c> from the keys folder.</summary>
    public string? SigningKeyPem { get; set; }

    /// <summary>PEM certificate of the signing key. Null: <c>mebuku-idp.crt.pem</c>.</summary>
    public string? SigningCertificatePem { get; set; }

    /// <summary>PEM certificate of the hub's SP key that signs AuthnRequests. Null: <c>hub-saml-sp.crt.pem</c>.</summary>
    public string? SpCertificatePem { get; set; }

    /// <summary>Validity of an assertion (Conditions and SubjectConfirmationData NotOnOrAfter).</summary>
    public TimeSpan AssertionLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How far an AuthnRequest's IssueInstant may be in the future; it may be up to 10 minutes old plus this.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long the login page waits for the person.</summary>
    public TimeSpan LoginTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Cap on an inflated AuthnRequest (a DEFLATE bomb stops here).</summary>
    public int MaxInflatedRequestBytes { get; set; } = 64 * 1024;
}
