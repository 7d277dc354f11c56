using Hub.TrustList.Loading;
using OpenIddict.Abstractions;

namespace Hub.Gateway.OpenIdProvider.Authorization;

/// <summary>
/// Completes a finished flow inside the provider's callback without OpenIddict's authorization pipeline
/// (docs/decisions/0008-lean-token-endpoint.md): the RP's saved request is checked again against the current trust
/// list with the same rules (<see cref="AuthorizationRequestChecks"/>), the flow is resumed (single use, bound to
/// the browser), the code is issued into the shared store and audited, and the browser is redirected to the RP with
/// code, state and iss (RFC 9207). Only the plain case is taken: the query response mode and a saved request that
/// passes every check. For anything else (form_post, a client suspended meanwhile, an unknown flow) it returns null
/// before the flow is touched, and the caller hands the request to OpenIddict, which answers as it always did. The
/// answer itself (code or error) is <see cref="AuthorizationAnswer"/>'s, shared with <see cref="DirectAuthorization"/>.
/// </summary>
internal sealed class DirectCompletion(
    ITrustListSource trustList,
    IAuthorizationInteraction interaction,
    AuthorizationAnswer answer)
{
    public async Task<IResult?> TryRunAsync(HttpContext context, string flowId, IReadOnlyDictionary<string, string> parameters)
    {
        var request = new OpenIddictRequest(parameters.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)));
        if (!AuthorizationAnswer.IsPlainCodeRequest(request))
        {
            return null;
        }
        if (AuthorizationRequestChecks.PassesAll(trustList.Current, request) is not { } validated)
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
        // Not Approve nor Reject (an interaction still asking for more) cannot happen after the flow finished: a server error.
        return await answer.FinishAsync(context, validated, request.CodeChallenge!, resumption.Decision);
    }
}
