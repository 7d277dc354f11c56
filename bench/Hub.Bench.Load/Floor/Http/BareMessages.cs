namespace Hub.Bench.Load.Floor.Http;

/// <summary>
/// Messages of about the sizes an OIDC-brokered login exchanges with the hub (estimated from the hub's messages, not
/// captured; a token response with many released claims is larger, up to about 3.5 KB):
/// the RP's authorize request, the redirect to the provider with the browser-binding cookie, the provider's callback,
/// the back-channel code exchange, the redirect back to the RP, and the token request and response. The bare
/// gateway (<see cref="BareGatewayPart"/>) sends and receives these and does nothing else.
/// </summary>
internal static class BareMessages
{
    public static readonly string AuthorizeQuery =
        "?client_id=osaka-kosodate&redirect_uri=http%3A%2F%2F127.0.0.1%3A5090%2Fsignin-oidc&response_type=code"
        + "&scope=openid%20profile%20address%20birthdate&state=" + Filler('s', 43) + "&nonce=" + Filler('n', 43)
        + "&code_challenge=" + Filler('c', 43) + "&code_challenge_method=S256&idp_hint=mydoor";

    public static readonly string ProviderAuthorize =
        "http://127.0.0.1:5082/authorize?client_id=hub&redirect_uri=http%3A%2F%2F127.0.0.1%3A5080%2Fflow%2Foidc%2Fcallback"
        + "&response_type=code&scope=openid%20profile&state=" + Filler('t', 43) + "&nonce=" + Filler('o', 43)
        + "&code_challenge=" + Filler('p', 43) + "&code_challenge_method=S256";

    /// <summary>The browser binding: a data-protected flow reference (about 200 characters of base64url).</summary>
    public static readonly string BindingCookie = "__Host-hub-flow=" + Filler('b', 200) + "; path=/; secure; samesite=lax; httponly";

    public static readonly string CallbackQuery = "?code=" + Filler('k', 43) + "&state=" + Filler('t', 43) + "&iss=http%3A%2F%2F127.0.0.1%3A5082";

    public static readonly string RelyingPartyRedirect =
        "http://127.0.0.1:5090/signin-oidc?code=" + Filler('a', 43) + "&state=" + Filler('s', 43) + "&iss=http%3A%2F%2F127.0.0.1%3A5080%2F";

    /// <summary>The hub's code exchange at the provider (client_secret_post, as the demo providers are set up).</summary>
    public static readonly KeyValuePair<string, string>[] ProviderTokenRequest =
    [
        new("grant_type", "authorization_code"), new("code", Filler('k', 43)),
        new("redirect_uri", "http://127.0.0.1:5080/flow/oidc/callback"), new("code_verifier", Filler('v', 43)),
        new("client_id", "hub"), new("client_secret", Filler('x', 32)),
    ];

    /// <summary>The provider's token response: an RS256 ID token with the resident's claims and an access token.</summary>
    public static readonly string ProviderTokenResponse =
        "{\"access_token\":\"" + Filler('q', 43) + "\",\"token_type\":\"Bearer\",\"expires_in\":300,\"id_token\":\""
        + Filler('i', 1100) + "\"}";

    /// <summary>The RP's token request: private_key_jwt (an ES256 assertion of about 480 characters) and PKCE.</summary>
    public static readonly KeyValuePair<string, string>[] TokenRequest =
    [
        new("grant_type", "authorization_code"), new("code", Filler('a', 43)),
        new("redirect_uri", "http://127.0.0.1:5090/signin-oidc"), new("code_verifier", Filler('w', 43)),
        new("client_id", "osaka-kosodate"),
        new("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"),
        new("client_assertion", Filler('j', 480)),
    ];

    /// <summary>The hub's token response: the ID token with released claims and the encrypted access token.</summary>
    public static readonly byte[] TokenResponse = System.Text.Encoding.UTF8.GetBytes(
        "{\"access_token\":\"" + Filler('e', 900) + "\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"scope\":\"openid profile\",\"id_token\":\""
        + Filler('d', 1000) + "\"}");

    private static string Filler(char c, int length) => new(c, length);
}
