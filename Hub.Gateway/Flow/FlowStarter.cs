using Hub.Gateway.OpenIdProvider.Authorization;
using Hub.Gateway.Operations.Telemetry;
using Hub.Gateway.Policy;
using Hub.TrustList.Common;
using Hub.TrustList.Loading;

namespace Hub.Gateway.Flow;

/// <summary>
/// The first step, behind <c>/connect/authorize</c>: creates the flow in the store, binds it to the browser, then
/// goes straight to the hinted provider or brand (<c>idp_hint</c>) when it can serve the login, else to the choice page.
/// </summary>
internal sealed class FlowStarter(
    FlowRepository flows,
    FlowBrowserBinding binding,
    ProviderLauncher launcher,
    FlowUrls urls,
    ITrustListSource trustList,
    ISecureRandom random,
    TimeProvider time,
    ILogger<FlowStarter> logger)
{
    public async Task<AuthorizationDecision> BeginAsync(ValidatedAuthorizationRequest request, HttpContext httpContext, CancellationToken cancellationToken)
    {
        using var span = HubTelemetry.Start("hub.authorize");
        span?.SetTag("hub.client", request.ClientId);
        if (request.Prompt.Contains("none"))
        {
            // The hub keeps no login session of its own: every login goes through a provider.
            FlowLog.Refused(logger, "begin", "flow.prompt_none");
            return new AuthorizationDecision.Reject(AuthorizationErrors.LoginRequired, "The hub keeps no session: the person must sign in with a regional ID.");
        }
        var flow = new FlowState(
            random.NextToken(32), request.ClientId, request.Parameters, request.RequiredLoa,
            [.. request.RequestedClaims], [.. request.ReleasableClaims], request.IdpHint, request.UiLocales,
            FlowStage.ChoosingProvider, time.GetUtcNow());
        if (!await flows.TryCreateAsync(flow, cancellationToken))
        {
            FlowLog.Refused(logger, "begin", "flow.id_collision");
            return new AuthorizationDecision.Reject(AuthorizationErrors.ServerError, "The sign-in could not be started.");
        }
        binding.Bind(httpContext, flow.FlowId);
        span?.SetTag(HubTelemetry.FlowTag, FlowDigest.Of(flow.FlowId));
        FlowLog.Started(logger, request.ClientId, request.RequiredLoa.ToString(), request.IdpHint);

        var (route, refusal) = ProviderRoute.Resolve(trustList.Current, request.IdpHint, request.RequiredLoa);
        if (route is null)
        {
            if (request.IdpHint is not null)
            {
                FlowLog.Refused(logger, "hint", "flow.hint." + refusal.ToString().ToLowerInvariant());
            }
            return new AuthorizationDecision.Interact(Results.Redirect(urls.Choose(flow.FlowId)));
        }
        var stored = await flows.GetAsync(flow.FlowId, cancellationToken);
        var next = stored is null ? FlowNext.Fail(FlowErrorKind.FlowExpired) : await launcher.LaunchAsync(stored, route, cancellationToken);
        return new AuthorizationDecision.Interact(Results.Redirect(next.Location ?? urls.Error(next.Error!.Value, httpContext.TraceIdentifier)));
    }
}
