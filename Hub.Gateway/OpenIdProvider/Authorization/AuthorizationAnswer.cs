using Hub.Gateway.OpenIdProvider.Codes;
using Hub.Gateway.OpenIdProvider.Logging;
using Hub.Gateway.OpenIdProvider.Options;
using Hub.Gateway.Stores.Abstractions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hub.Gateway.OpenIdProvider.Authorization;

/// <summary>
/// The authorization response for a request the hub answers without OpenIddict's pipeline
/// (<see cref="DirectAuthorization"/> at <c>/connect/authorize</c>, <see cref="DirectCompletion"/> at the provider's
/// callback; docs/decisions/0008 and 0011): an approval becomes a code stored with the same bindings OpenIddict puts
/// in it, written without a principal (<see cref="AuthorizationPrincipalFactory.CreateCode"/>,
/// <see cref="CodeIssuer"/>), and audited before it is delivered (<see cref="ICodeIssuanceAudit"/>, fail closed); a
/// rejection becomes an OIDC error. Either goes to the checked redirect_uri in the query, with state and
/// iss (RFC 9207).
/// </summary>
internal sealed class AuthorizationAnswer(
    AuthorizationPrincipalFactory principals,
    CodeIssuer codes,
    ICodeIssuanceAudit audit,
    IOptions<HubOpenIdProviderOptions> options,
    TimeProvider time,
    ILogger<AuthorizationAnswer> logger)
{
    /// <summary>
    /// response_type=code, answered in the query, with an S256 challenge: the only shape the direct paths take;
    /// anything else is OpenIddict's to answer.
    /// </summary>
    public static bool IsPlainCodeRequest(OpenIddictRequest request)
        => request.ResponseType == ResponseTypes.Code
            && (string.IsNullOrEmpty(request.ResponseMode) || request.ResponseMode == ResponseModes.Query)
            && request.CodeChallengeMethod == CodeChallengeMethods.Sha256
            && !string.IsNullOrEmpty(request.CodeChallenge);

    /// <summary>
    /// Answers <paramref name="decision"/> (an approval or a rejection; anything else is a server error) for the
    /// validated <paramref name="target"/>, whose PKCE challenge is <paramref name="codeChallenge"/> (S256).
    /// </summary>
    public async Task<IResult> FinishAsync(HttpContext context, ValidatedAuthorizationRequest target, string codeChallenge, AuthorizationDecision decision)
    {
        if (decision is not AuthorizationDecision.Approve approve)
        {
            var reject = decision as AuthorizationDecision.Reject ?? new AuthorizationDecision.Reject(Errors.ServerError, "The interaction returned no decision.");
            OpenIdProviderLog.AuthorizationDenied(logger, target.ClientId, reject.Error);
            return Redirect(target, [new(Parameters.Error, reject.Error), new(Parameters.ErrorDescription, reject.Description)]);
        }
        var now = time.GetUtcNow();
        var lifetime = options.Value.OpenIdProvider.AuthorizationCodeLifetime;
        var created = principals.CreateCode(target, approve.Identity, approve.ConsentedClaims, codeChallenge, now + lifetime);
        if (!created.IsSuccess)
        {
            OpenIdProviderLog.AuthorizationRejected(logger, target.ClientId, created.Error!.Code);
            return Redirect(target, [new(Parameters.Error, created.Error.Error), new(Parameters.ErrorDescription, created.Error.Description)]);
        }
        var cancellationToken = context.RequestAborted;
        var (stored, issuance, released) = created.Value;
        var code = await codes.IssueAsync(stored, new CodeOwner(issuance.Subject, target.ClientId), lifetime, cancellationToken);
        if (code is null)
        {
            return Redirect(target, [new(Parameters.Error, Errors.ServerError), new(Parameters.ErrorDescription, "The authorization code could not be issued.")]);
        }
        if (!await audit.RecordAsync(context, issuance, cancellationToken))
        {
            return Redirect(target, [new(Parameters.Error, Errors.TemporarilyUnavailable), new(Parameters.ErrorDescription, "The sign-in cannot be recorded now; please try again.")]);
        }
        OpenIdProviderLog.AuthorizationCompleted(logger, target.ClientId, approve.Identity.EffectiveLoa.ToString(), released.Names.Count);
        return Redirect(target, [new(Parameters.Code, code)]);
    }

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
