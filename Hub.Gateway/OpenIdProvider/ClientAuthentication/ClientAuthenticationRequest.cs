namespace Hub.Gateway.OpenIdProvider.ClientAuthentication;

/// <summary>How the client presented itself at the token endpoint, free of HTTP and OpenIddict types.</summary>
public sealed record ClientAuthenticationRequest(
    string? ClientId,
    string? ClientAssertion,
    string? ClientAssertionType,
    string? ClientSecret,
    /// <summary>True if the secret came in the HTTP Basic header (client_secret_basic), false if in the body.</summary>
    bool SecretFromBasicHeader);
