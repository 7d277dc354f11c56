using System.Globalization;
using Hub.Gateway.OpenIdProvider.Assurance;
using Hub.Gateway.OpenIdProvider.Release;
using Hub.TrustList.Common;
using Hub.TrustList.Lookup;
using Hub.TrustList.Model;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hub.Gateway.OpenIdProvider.Authorization;

/// <summary>
/// The hub's checks of an authorization request against the current trust list, shared by the OpenIddict handlers
/// (<c>ValidateRelyingParty</c>, <c>BuildValidatedRequest</c>) and the direct completion of a finished flow
/// (<see cref="DirectCompletion"/>), so both apply exactly the same rules.
/// </summary>
internal static class AuthorizationRequestChecks
{
    /// <summary>The client must be an accredited RP, and redirect_uri one of its registered URIs, as exact strings.</summary>
    public static Result<RelyingPartyEntry, OpenIdError> RelyingParty(TrustListSnapshot? snapshot, string? clientId, string? redirectUri)
    {
        if (snapshot is null)
        {
            return new OpenIdError(Errors.TemporarilyUnavailable, "op.trustlist.unavailable", "No trust list is loaded.");
        }
        var relyingParty = clientId is null ? null : snapshot.FindRelyingParty(clientId);
        if (relyingParty is null)
        {
            return new OpenIdError(Errors.InvalidRequest, "op.client.unknown", "The client is not in the trust list.");
        }
        if (relyingParty.Status != EntryStatus.Accredited)
        {
            return new OpenIdError(Errors.InvalidRequest, $"op.client.{relyingParty.Status.ToString().ToLowerInvariant()}", "The client is not accredited.");
        }
        if (string.IsNullOrEmpty(redirectUri))
        {
            return new OpenIdError(Errors.InvalidRequest, "op.redirect_uri.missing", "The redirect_uri parameter is required.");
        }
        if (!relyingParty.RedirectUris.Any(uri => string.Equals(uri.OriginalString, redirectUri, StringComparison.Ordinal)))
        {
            return new OpenIdError(Errors.InvalidRequest, "op.redirect_uri.unregistered", "The redirect_uri is not registered for this client.");
        }
        return Result<RelyingPartyEntry, OpenIdError>.Ok(relyingParty);
    }

    /// <summary>
    /// <see cref="RelyingParty"/> then <see cref="Validated"/>, for the direct paths (<see cref="DirectAuthorization"/>,
    /// <see cref="DirectCompletion"/>), which leave any request that fails them to OpenIddict: null then.
    /// </summary>
    public static ValidatedAuthorizationRequest? PassesAll(TrustListSnapshot? snapshot, OpenIddictRequest request)
    {
        var relyingParty = RelyingParty(snapshot, request.ClientId, request.RedirectUri);
        if (!relyingParty.IsSuccess)
        {
            return null;
        }
        var validated = Validated(request, relyingParty.Value, request.RedirectUri!, snapshot);
        return validated.IsSuccess ? validated.Value : null;
    }

    /// <summary>
    /// OpenID Connect only (scope openid), no repeated parameters, a well-formed claims parameter and max_age, a
    /// reachable level of assurance; then the <see cref="ValidatedAuthorizationRequest"/> the orchestration works with.
    /// </summary>
    public static Result<ValidatedAuthorizationRequest, OpenIdError> Validated(
        OpenIddictRequest request, RelyingPartyEntry relyingParty, string redirectUri, TrustListSnapshot? snapshot)
    {
        if (!request.HasScope(Scopes.OpenId))
        {
            return new OpenIdError(Errors.InvalidScope, "op.scope.openid_missing", "This is an OpenID provider: the openid scope is required.");
        }
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in request.GetParameters())
        {
            if (value.GetRawValue() is not string text)
            {
                return new OpenIdError(Errors.InvalidRequest, "op.parameter.repeated", $"The {name} parameter must be a single string.");
            }
            parameters[name] = text;
        }
        var claimsParameter = ClaimsParameter.Parse(parameters.GetValueOrDefault(Parameters.Claims));
        if (!claimsParameter.IsSuccess)
        {
            return claimsParameter.Error!;
        }
        TimeSpan? maxAge = null;
        if (parameters.TryGetValue(Parameters.MaxAge, out var maxAgeText))
        {
            if (!long.TryParse(maxAgeText, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            {
                return new OpenIdError(Errors.InvalidRequest, "op.max_age.invalid", "max_age must be a non-negative number of seconds.");
            }
            maxAge = TimeSpan.FromSeconds(seconds);
        }
        var acrValues = request.GetAcrValues().Concat(claimsParameter.Value.AcrValues).Distinct(StringComparer.Ordinal).ToList();
        var required = RequiredLoaResolver.Resolve(relyingParty.MinLoa, acrValues, claimsParameter.Value.AcrEssential);
        if (!required.IsSuccess)
        {
            return required.Error!;
        }
        if (snapshot?.Document.IdentityProviders.Any(p => p.Status == EntryStatus.Accredited && p.MaxLoa >= required.Value) != true)
        {
            return new OpenIdError(Errors.UnmetAuthenticationRequirements, "op.loa.unreachable",
                $"No accredited provider can reach level {required.Value}.");
        }

        var scopes = request.GetScopes().ToHashSet(StringComparer.Ordinal);
        var requested = ScopeClaimMap.ClaimsFor(scopes).Concat(claimsParameter.Value.ClaimNames).ToHashSet(StringComparer.Ordinal);
        return Result<ValidatedAuthorizationRequest, OpenIdError>.Ok(new ValidatedAuthorizationRequest(
            relyingParty.ClientId, relyingParty, redirectUri, request.State, request.Nonce, scopes, requested,
            ClaimReleasePolicy.Releasable(relyingParty, requested), required.Value, acrValues,
            parameters.GetValueOrDefault("idp_hint"),
            request.GetPromptValues().ToHashSet(StringComparer.Ordinal), maxAge, request.LoginHint,
            (request.UiLocales ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries),
            parameters));
    }
}
