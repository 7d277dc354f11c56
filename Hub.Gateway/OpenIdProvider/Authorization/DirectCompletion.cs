using Hub.Gateway.OpenIdProvider.Codes;
using Hub.Gateway.OpenIdProvider.Logging;
using Hub.Gateway.OpenIdProvider.Options;
using Hub.TrustList.Loading;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hub.Gateway.OpenIdProvider.Authorization;

/// <summary>
/// Completes a finished flow inside the provider's callback without OpenIddict's authorization pipeline
/// (docs/decisions/0008-lean-token-endpoint.md): the RP's saved request is checked again against the current trust
/// list with the same rules (<see cref="AuthorizationRequestChecks"/>), the flow is resumed (single use, bound to
/// the browser), the code is issued into the shared store and audited, and the browser is redirected to the RP with
/// code, state and iss (RFC 9207). Only the plain case is taken: the query response mode and a saved request that
/// passes every check. For anything else (form_post, a client suspended meanwhile, an unknown flow) it returns null
/// before the flow is touched, and the caller hands the request to OpenIddict, which answers as it always did.
/// </summary>
internal sealed class DirectCompletion(
    ITrustListSource trustList,
    IAuthorizationInteraction interaction,
    AuthorizationPrincipalFactory principals,
    CodeIssuer codes,
    ICodeIssuanceAudit audit,
    IOptions<HubOpenIdProviderOptions> options,
    TimeProvider time,
    ILogger<DirectCompletion> logger)
{
    public async Task<IResult?> TryRunAsync(HttpContext context, string flowId, IReadOnlyDictionary<string, string> parameters)
    {
        var request = new OpenIddictRequest(parameters.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)));
        if (!IsPlainCodeRequest(request))
        {
            return null;
        }
        var snapshot = trustList.Current;
        var relyingParty = AuthorizationRequestChecks.RelyingParty(snapshot, request.ClientId, request.RedirectUri);
        if (!relyingParty.IsSuccess)
        {
            return null;
        }
        var validated = AuthorizationRequestChecks.Validated(request, relyingParty.Value, request.RedirectUri!, snapshot);
        if (!validated.IsSuccess)
        {
            return null;
        }
        var cancellationToken = context.RequestAborted;
        // From here the flow is used up: every outcome is answered here, at the checked redirect_uri.
        var resumption = await interaction.ResumeAsync(flowId, context, cancellationToken);
        if (resumption is null)
        {
            return null; // nothing was taken: OpenIddict shows the flow-gone page
        }
        var target = validated.Value;
        if (resumption.Decision is not AuthorizationDecision.Approve approve)
        {
            var reject = resumption.Decision as AuthorizationDecision.Reject ?? new AuthorizationDecision.Reject(Errors.ServerError, "The interaction returned no decision.");
            OpenIdProviderLog.AuthorizationDenied(logger, target.ClientId, reject.Error);
            return Redirect(target, [new(Parameters.Error, reject.Error), new(Parameters.ErrorDescription, reject.Description)]);
        }
        var created = principals.Create(target, approve.Identity, approve.ConsentedClaims);
        if (!created.IsSuccess)
        {
            OpenIdProviderLog.AuthorizationRejected(logger, target.ClientId, created.Error!.Code);
            return Redirect(target, [new(Parameters.Error, created.Error.Error), new(Parameters.ErrorDescription, created.Error.Description)]);
        }
        var principal = created.Value.Principal;
        var now = time.GetUtcNow();
        var lifetime = options.Value.OpenIdProvider.AuthorizationCodeLifetime;
        principal.SetPresenters(target.ClientId)
            .SetCreationDate(now)
            .SetExpirationDate(now + lifetime)
            .SetClaim(Claims.Private.RedirectUri, target.RedirectUri)
            .SetClaim(Claims.Private.CodeChallenge, request.CodeChallenge)
            .SetClaim(Claims.Private.CodeChallengeMethod, request.CodeChallengeMethod)
            .SetClaim(Claims.Private.Nonce, target.Nonce);
        var code = await codes.IssueAsync(principal, target.ClientId, lifetime, cancellationToken);
        if (code is null)
        {
            return Redirect(target, [new(Parameters.Error, Errors.ServerError), new(Parameters.ErrorDescription, "The authorization code could not be issued.")]);
        }
        if (!await audit.RecordAsync(context, target.ClientId, principal, cancellationToken))
        {
            return Redirect(target, [new(Parameters.Error, Errors.TemporarilyUnavailable), new(Parameters.ErrorDescription, "The sign-in cannot be recorded now; please try again.")]);
        }
        OpenIdProviderLog.AuthorizationCompleted(logger, target.ClientId, approve.Identity.EffectiveLoa.ToString(), created.Value.Released.Names.Count);
        return Redirect(target, [new(Parameters.Code, code)]);
    }

    /// <summary>response_type=code, answered in the query, with an S256 challenge: what the authorization endpoint accepted.</summary>
    private static bool IsPlainCodeRequest(OpenIddictRequest request)
        => request.ResponseType == ResponseTypes.Code
            && (string.IsNullOrEmpty(request.ResponseMode) || request.ResponseMode == ResponseModes.Query)
            && request.CodeChallengeMethod == CodeChallengeMethods.Sha256
            && !string.IsNullOrEmpty(request.CodeChallenge);

    /// <summary>The authorization response in the redirect_uri's query, with state and iss (RFC 9207).</summary>
    private IResult Redirect(ValidatedAuthorizationRequest target, KeyValuePair<string, string?>[] response)
    {
        var query = response.Where(p => p.Value is not null).ToList();
        if (target.State is not null)
        {
            query.Add(new(Parameters.State, target.State));
        }
        query.Add(new(Parameters.Iss, options.Value.Issuer.AbsoluteUri));
        return Results.Redirect(QueryHelpers.AddQueryString(target.RedirectUri, query));
    }
}
