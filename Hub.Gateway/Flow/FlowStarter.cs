using Hub.Gateway.OpenIdProvider.Authorization;
using Hub.Gateway.Operations.Telemetry;
using Hub.Gateway.Policy;
using Hub.TrustList.Common;
using Hub.TrustList.Loading;

namespace Hub.Gateway.Flow;

/// <summary>
/// The first step, behind <c>/connect/authorize</c>: creates the flow in the store, binds it to the browser, then
/// goes straight to the hinted provider or brand (<c>idp_hint</c>) when it can serve the login (the flow is then
/// stored once, already at the provider), else to the choice page.
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
        var secret = binding.NewSecret();
        var flow = new FlowState(
            random.NextToken(32), request.ClientId, request.Parameters, request.RequiredLoa,
            [.. request.RequestedClaims], [.. request.ReleasableClaims], request.IdpHint, request.UiLocales,
            FlowStage.ChoosingProvider, time.GetUtcNow(), BrowserBinding: secret.Digest);
        var (route, refusal) = ProviderRoute.Resolve(trustList.Current, request.IdpHint, request.RequiredLoa);
        // With a usable hint the flow is stored once, already at the provider; else it waits on the choice page.
        var launched = route is null ? null : await launcher.LaunchNewAsync(flow, route, cancellationToken);
        var stored = route is null ? await flows.TryCreateAsync(flow, cancellationToken) : launched is not null;
        if (!stored)
        {
            FlowLog.Refused(logger, "begin", "flow.id_collision");
            return new AuthorizationDecision.Reject(AuthorizationErrors.ServerError, "The sign-in could not be started.");
        }
        binding.Bind(httpContext, flow.FlowId, secret);
        span?.SetTag(HubTelemetry.FlowTag, FlowDigest.Of(flow.FlowId));
        FlowLog.Started(logger, request.ClientId, request.RequiredLoa.ToString(), request.IdpHint);

        if (launched is null)
        {
            if (request.IdpHint is not null)
            {
                FlowLog.Refused(logger, "hint", "flow.hint." + refusal.ToString().ToLowerInvariant());
            }
            return new AuthorizationDecision.Interact(Results.Redirect(urls.Choose(flow.FlowId)));
        }
        return new AuthorizationDecision.Interact(Results.Redirect(launched.Location ?? urls.Error(launched.Error!.Value, httpContext.TraceIdentifier)));
    }
}
