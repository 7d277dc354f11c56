namespace Hub.Gateway.OpenIdProvider.Authorization;

/// <summary>
/// A finished interaction handed back to the provider: the original authorization parameters (from the flow
/// state) and the final decision (<see cref="AuthorizationDecision.Approve"/> or <see cref="AuthorizationDecision.Reject"/>).
/// </summary>
public sealed record AuthorizationResumption(IReadOnlyDictionary<string, string> Parameters, AuthorizationDecision Decision);
