using Hub.TrustList.Model;

namespace Hub.Gateway.OpenIdProvider.Authorization;

/// <summary>
/// An authorization request that passed every protocol and trust-list check, as the orchestration sees it.
/// <see cref="Parameters"/> are the original request parameters: store them in the flow state and hand them back
/// through <see cref="IAuthorizationInteraction.ResumeAsync"/> to finish the authorization later.
/// </summary>
public sealed record ValidatedAuthorizationRequest(
    string ClientId,
    RelyingPartyEntry RelyingParty,
    string RedirectUri,
    string? State,
    string? Nonce,
    IReadOnlySet<string> Scopes,
    /// <summary>Claims the RP asked for (scopes and the claims parameter), before the trust list filters them.</summary>
    IReadOnlySet<string> RequestedClaims,
    /// <summary>Claims the RP may and did request: what the consent page asks about.</summary>
    IReadOnlySet<string> ReleasableClaims,
    /// <summary>The level the login must reach: the RP's MinLoa raised by its acr_values. Never downgraded.</summary>
    LevelOfAssurance RequiredLoa,
    IReadOnlyList<string> AcrValues,
    /// <summary>The RP's hint of a provider or brand id (<c>idp_hint</c>), unchecked: the orchestration resolves it.</summary>
    string? IdpHint,
    IReadOnlySet<string> Prompt,
    TimeSpan? MaxAge,
    string? LoginHint,
    IReadOnlyList<string> UiLocales,
    IReadOnlyDictionary<string, string> Parameters);
