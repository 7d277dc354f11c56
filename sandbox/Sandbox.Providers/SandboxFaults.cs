namespace Sandbox.Providers;

/// <summary>
/// Deliberate misbehaviour, for the conformance suite's self-tests: a provider started with a fault breaks exactly
/// one rule, so the suite can prove it notices. The default is <see cref="None"/>; never set one outside a test.
/// Faults that do not apply to a provider's protocol are ignored by it.
/// </summary>
[Flags]
public enum SandboxFaults
{
    None = 0,

    /// <summary>SAML: the assertion of a successful Response is not signed.</summary>
    UnsignedAssertion = 1 << 0,

    /// <summary>SAML: the Audience names another SP. OIDC: the ID token's aud names another client.</summary>
    WrongAudience = 1 << 1,

    /// <summary>SAML: the assertion is signed with RSA-SHA1 and SHA-1 digests.</summary>
    Sha1Signature = 1 << 2,

    /// <summary>SAML: every assertion carries the same ID.</summary>
    ReusedAssertionId = 1 << 3,

    /// <summary>SAML: assertions are valid for 8 hours. OIDC: ID tokens expire 8 hours after iat.</summary>
    LongValidity = 1 << 4,

    /// <summary>SAML: the kana reading attribute, which the profile declares, is not sent.</summary>
    MissingDeclaredAttribute = 1 << 5,

    /// <summary>SAML: the birth date is an era date that does not exist (平成2年13月15日).</summary>
    UnparseableEraDate = 1 << 6,

    /// <summary>OIDC: every ID token asserts level A (<c>urn:jp:regional-id:loa:A</c>) whatever the resident's level.</summary>
    LevelAboveMaximum = 1 << 7,

    /// <summary>SAML: Response and Assertion name another issuer. OIDC: the ID token's iss is another issuer.</summary>
    WrongIssuer = 1 << 8,

    /// <summary>OIDC: ID tokens are unsigned (alg none).</summary>
    AlgNone = 1 << 9,

    /// <summary>OIDC: an authorization code can be redeemed again.</summary>
    CodeAcceptedTwice = 1 << 10,

    /// <summary>OIDC: the token endpoint does not check the PKCE code_verifier.</summary>
    PkceIgnored = 1 << 11,
}
