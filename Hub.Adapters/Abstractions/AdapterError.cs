namespace Hub.Adapters.Abstractions;

/// <summary>How the gateway should treat an adapter error.</summary>
public enum AdapterErrorKind
{
    /// <summary>The message was invalid or untrusted (signature, audience, replay...). Logged as a rejection.</summary>
    Rejected,
    /// <summary>The provider reported that the person cancelled or was not authenticated.</summary>
    ProviderDenied,
    /// <summary>The provider is suspended, withdrawn or unknown in the current trust list.</summary>
    NotAccredited,
    /// <summary>The provider could not be reached (timeout, circuit open, 5xx).</summary>
    Unavailable,
    /// <summary>The provider could not meet the requested level.</summary>
    LevelNotMet,
}

/// <summary>
/// A typed adapter error with a stable code (e.g. <c>saml.signature.invalid</c>), a human message for logs
/// (never personal data), and the kind, from which the gateway picks the protocol error for the RP.
/// </summary>
public sealed record AdapterError(string Code, string Message, AdapterErrorKind Kind = AdapterErrorKind.Rejected)
{
    public override string ToString() => $"{Code}: {Message}";
}
