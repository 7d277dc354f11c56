using Hub.Adapters.Abstractions;
using Hub.Adapters.Identity;
using Hub.TrustList.Model;

namespace Hub.Gateway.Flow;

/// <summary>
/// Everything the hub keeps about one login between the RP's authorization request and the code, in the shared
/// flow store (never in one instance's memory). <see cref="Parameters"/> are the RP's original authorization
/// parameters, replayed through the provider's full validation when the flow completes. <see cref="BrowserBinding"/> is
/// the SHA-256 of the secret in the browser's flow cookie (<see cref="FlowBrowserBinding"/>); a flow without one is
/// bound to no browser and cannot be advanced.
/// </summary>
public sealed record FlowState(
    string FlowId,
    string ClientId,
    IReadOnlyDictionary<string, string> Parameters,
    LevelOfAssurance RequiredLoa,
    IReadOnlyList<string> RequestedClaims,
    IReadOnlyList<string> ReleasableClaims,
    string? IdpHint,
    IReadOnlyList<string> UiLocales,
    FlowStage Stage,
    DateTimeOffset CreatedAt,
    PendingAuthentication? Pending = null,
    InternalIdentity? Identity = null,
    FlowOutcome? Outcome = null,
    string? BrowserBinding = null);

/// <summary>Where a flow stands. Each step accepts a flow only in the stage it expects.</summary>
public enum FlowStage
{
    /// <summary>Waiting for the person to choose a provider.</summary>
    ChoosingProvider,

    /// <summary>The browser was sent to the provider; waiting for its answer at the callback.</summary>
    AtProvider,

    /// <summary>The provider answered; waiting for the person's consent.</summary>
    Consenting,

    /// <summary>Decided (approved or refused); waiting to be resumed at <c>/connect/authorize/complete</c>.</summary>
    Completed,
}

/// <summary>
/// How a flow ended. Approved: the consented claims and the consent record. Refused: the OIDC error for the RP.
/// </summary>
public sealed record FlowOutcome(
    bool Approved,
    IReadOnlyList<string> ConsentedClaims,
    string? ConsentRecordId,
    string? Error = null,
    string? ErrorDescription = null)
{
    public static FlowOutcome Refused(string error, string description) => new(false, [], null, error, description);
}
