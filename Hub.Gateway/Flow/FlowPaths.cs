namespace Hub.Gateway.Flow;

/// <summary>The hub's own paths of the orchestration (relative to the issuer).</summary>
public static class FlowPaths
{
    public const string Choose = "flow/choose";
    public const string Consent = "flow/consent";
    public const string SamlAcs = "saml/acs";
    public const string SamlMetadata = "saml/metadata";
    public const string OidcCallback = "oidc/callback";
    public const string Error = "error";
    public const string Consents = "consents";

    /// <summary>The query parameter that names the flow on the hub's pages.</summary>
    public const string FlowParameter = "flow";
}
