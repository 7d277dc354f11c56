namespace Hub.Gateway.OpenIdProvider.Authorization;

/// <summary>The provider's endpoint paths (relative to the issuer).</summary>
public static class OpenIdProviderEndpoints
{
    public const string Authorize = "connect/authorize";

    /// <summary>Where an interaction sends the browser to finish; not announced in discovery.</summary>
    public const string AuthorizeComplete = "connect/authorize/complete";

    /// <summary>The query parameter of <see cref="AuthorizeComplete"/> that names the flow.</summary>
    public const string FlowParameter = "flow";

    public const string Token = "connect/token";
    public const string UserInfo = "connect/userinfo";
    public const string EndSession = "connect/endsession";
    public const string Jwks = ".well-known/jwks";
}
