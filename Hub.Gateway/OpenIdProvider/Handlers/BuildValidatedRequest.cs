using System.Globalization;
using Hub.Gateway.OpenIdProvider.Assurance;
using Hub.Gateway.OpenIdProvider.Authorization;
using Hub.Gateway.OpenIdProvider.Release;
using Hub.Gateway.OpenIdProvider.Logging;
using Hub.TrustList.Loading;
using Hub.TrustList.Model;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Gateway.OpenIdProvider.Handlers;

/// <summary>
/// Last check of an authorization request, after OpenIddict's own: OpenID Connect only (scope openid), no repeated
/// parameters, a well-formed claims parameter and max_age, a reachable level of assurance. Then it builds the
/// <see cref="ValidatedAuthorizationRequest"/> the orchestration works with.
/// </summary>
internal sealed class BuildValidatedRequest(ITrustListSource trustList, ILogger<BuildValidatedRequest> logger)
    : IOpenIddictServerHandler<ValidateAuthorizationRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateAuthorizationRequestContext>()
            .UseScopedHandler<BuildValidatedRequest>()
            .SetOrder(OpenIddictServerHandlers.Authentication.ValidateAuthorizedParty.Descriptor.Order + 1000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ValidateAuthorizationRequestContext context)
    {
        var request = context.Request;
        var relyingParty = trustList.Current?.FindRelyingParty(context.ClientId!);
        if (relyingParty is null || context.Transaction.GetProperty<string>(TransactionProperties.TrustedRedirectUri) is not { } redirectUri)
        {
            return Reject(context, Errors.ServerError, "op.validation.incomplete", "The request was not fully validated.");
        }
        if (!request.HasScope(Scopes.OpenId))
        {
            return Reject(context, Errors.InvalidScope, "op.scope.openid_missing", "This is an OpenID provider: the openid scope is required.");
        }
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in request.GetParameters())
        {
            if (value.GetRawValue() is not string text)
            {
                return Reject(context, Errors.InvalidRequest, "op.parameter.repeated", $"The {name} parameter must be a single string.");
            }
            parameters[name] = text;
        }
        var claimsParameter = ClaimsParameter.Parse(parameters.GetValueOrDefault(Parameters.Claims));
        if (!claimsParameter.IsSuccess)
        {
            return Reject(context, claimsParameter.Error!.Error, claimsParameter.Error.Code, claimsParameter.Error.Description);
        }
        TimeSpan? maxAge = null;
        if (parameters.TryGetValue(Parameters.MaxAge, out var maxAgeText))
        {
            if (!long.TryParse(maxAgeText, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            {
                return Reject(context, Errors.InvalidRequest, "op.max_age.invalid", "max_age must be a non-negative number of seconds.");
            }
            maxAge = TimeSpan.FromSeconds(seconds);
        }
        var acrValues = request.GetAcrValues().Concat(claimsParameter.Value.AcrValues).Distinct(StringComparer.Ordinal).ToList();
        var required = RequiredLoaResolver.Resolve(relyingParty.MinLoa, acrValues, claimsParameter.Value.AcrEssential);
        if (!required.IsSuccess)
        {
            return Reject(context, required.Error!.Error, required.Error.Code, required.Error.Description);
        }
        if (!AnyProviderReaches(required.Value))
        {
            return Reject(context, Errors.UnmetAuthenticationRequirements, "op.loa.unreachable",
                $"No accredited provider can reach level {required.Value}.");
        }

        var scopes = request.GetScopes().ToHashSet(StringComparer.Ordinal);
        var requested = ScopeClaimMap.ClaimsFor(scopes).Concat(claimsParameter.Value.ClaimNames).ToHashSet(StringComparer.Ordinal);
        var validated = new ValidatedAuthorizationRequest(
            relyingParty.ClientId, relyingParty, redirectUri, request.State, request.Nonce, scopes, requested,
            ClaimReleasePolicy.Releasable(relyingParty, requested), required.Value, acrValues,
            parameters.GetValueOrDefault("idp_hint"),
            request.GetPromptValues().ToHashSet(StringComparer.Ordinal), maxAge, request.LoginHint,
            (request.UiLocales ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries),
            parameters);
        context.Transaction.SetProperty(TransactionProperties.ValidatedRequest, validated);
        return ValueTask.CompletedTask;
    }

    private bool AnyProviderReaches(LevelOfAssurance level)
        => trustList.Current?.Document.IdentityProviders.Any(p => p.Status == EntryStatus.Accredited && p.MaxLoa >= level) == true;

    private ValueTask Reject(ValidateAuthorizationRequestContext context, string error, string code, string description)
    {
        OpenIdProviderLog.AuthorizationRejected(logger, context.ClientId, code);
        context.Reject(error, description);
        return ValueTask.CompletedTask;
    }
}
