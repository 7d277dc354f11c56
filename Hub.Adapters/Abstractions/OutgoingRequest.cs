namespace Hub.Adapters.Abstractions;

/// <summary>
/// Where to send the browser, plus what must be kept in the flow state until the provider answers
/// (SAML request ID; OIDC state, nonce and PKCE verifier). The gateway stores <see cref="Pending"/> as is.
/// </summary>
public sealed record OutgoingRequest(Uri RedirectUrl, PendingAuthentication Pending);

/// <summary>Protocol-neutral pending state. <see cref="Values"/> are opaque to the gateway.</summary>
public sealed record PendingAuthentication(
    string ProviderId,
    string? BrandId,
    Hub.TrustList.Model.LevelOfAssurance RequiredLoa,
    Uri CallbackUrl,
    /// <summary>The value the provider echoes back (SAML RelayState or OIDC state), used to find the flow.</summary>
    string Correlation,
    DateTimeOffset CreatedAt,
    IReadOnlyDictionary<string, string> Values);
