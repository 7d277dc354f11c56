namespace Hub.Gateway.Stores.Abstractions;

/// <summary>
/// Whose tokens an authorization code leads to. It is remembered after redemption so that a reused code can be
/// answered by revoking the tokens issued from it (RFC 6749 §4.1.2), without keeping the code's claims around.
/// </summary>
public sealed record CodeOwner(string Subject, string ClientId);
