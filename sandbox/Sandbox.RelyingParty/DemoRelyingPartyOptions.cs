using Hub.TrustList.Common;

namespace Sandbox.RelyingParty;

/// <summary>
/// What the demo relying party needs to start. Every member has the demo default, matching the
/// <c>osaka-kosodate</c> entry of the demo trust list.
/// </summary>
public sealed class DemoRelyingPartyOptions
{
    /// <summary>The demo default listen URL, also the origin of the redirect URIs registered in the trust list.</summary>
    public const string DefaultUrl = "http://localhost:5090";

    /// <summary>The URL to listen on; <c>http://127.0.0.1:0</c> takes a free port (tests).</summary>
    public string Url { get; set; } = DefaultUrl;

    /// <summary>
    /// The public base URL the RP names itself by (redirect_uri, post_logout_redirect_uri). Null: <see cref="Url"/>,
    /// or, with port 0, the address actually bound.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The hub (OpenID provider). Its discovery document is read from <c>.well-known/openid-configuration</c> below it.</summary>
    public string Authority { get; set; } = "http://localhost:5080/";

    /// <summary>A discovery document URL other than the one below <see cref="Authority"/>. Null: the default.</summary>
    public string? MetadataAddress { get; set; }

    public string ClientId { get; set; } = "osaka-kosodate";

    /// <summary>The RP's private ES256 JWK for <c>private_key_jwt</c>, as JSON. Takes precedence over <see cref="PrivateKeyPath"/>.</summary>
    public string? PrivateKeyJwk { get; set; }

    /// <summary>A file holding the private JWK. Null (and no <see cref="PrivateKeyJwk"/>): the demo key in <c>sandbox/keys</c>.</summary>
    public string? PrivateKeyPath { get; set; }

    /// <summary>The scopes requested: <c>openid</c> plus one per claim group.</summary>
    public IList<string> Scopes { get; set; } = ["openid", "profile", "address", "birthdate", "age_over_18", "resident_of"];

    /// <summary>The <c>acr_values</c> sent with every authorization request (space-separated; null or empty sends none).</summary>
    public string? AcrValues { get; set; } = "urn:jp:regional-id:loa:B";

    /// <summary>Whether to call the hub's userinfo endpoint after the token exchange.</summary>
    public bool GetClaimsFromUserInfoEndpoint { get; set; } = true;

    /// <summary>The sign-in shortcuts on the home page, each sending <c>idp_hint</c> with its id.</summary>
    public IList<ProviderHint> ProviderHints { get; set; } =
    [
        new("mebuku", "めぶくID", "Mebuku ID"),
        new("mydoor-osaka", "mydoor OSAKA ID", "mydoor OSAKA ID"),
        new("sakai-d", "SakaI-D（堺市）", "SakaI-D (Sakai City)"),
        new("aizu-plus", "会津若松＋ID", "Aizuwakamatsu+ ID"),
    ];

    /// <summary>
    /// The hub's signing keys for consent-revocation SETs, as a JWKS (JSON). Null: the keys from the hub's discovery
    /// document. For tests, or to pin the hub's keys.
    /// </summary>
    public string? HubJwks { get; set; }

    /// <summary>The issuer a consent-revocation SET must name. Null: the issuer of the hub's discovery document.</summary>
    public string? HubIssuer { get; set; }

    /// <summary>How old a SET's <c>iat</c> may be; it may also be this much in the future (clock skew).</summary>
    public TimeSpan SetMaxAge { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many received revocations the RP keeps to show (the oldest go first).</summary>
    public int RevocationLogCapacity { get; set; } = 200;

    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    public ISecureRandom Random { get; set; } = SystemSecureRandom.Instance;

    /// <summary>Logging for the RP's own host (none by default, so tests stay quiet).</summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; set; }
}
