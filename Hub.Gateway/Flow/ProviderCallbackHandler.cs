using Hub.Adapters.Abstractions;
using Hub.Adapters.DependencyInjection;
using Hub.Gateway.OpenIdProvider.Authorization;
using Hub.Gateway.Operations.Telemetry;
using Hub.Gateway.Policy;
using Hub.Gateway.Stores.Abstractions;
using Hub.TrustList.Model;

namespace Hub.Gateway.Flow;

/// <summary>
/// The provider's answer at <c>/saml/acs</c> or <c>/oidc/callback</c>: finds the flow by the echoed value (taken
/// once: a replayed answer finds nothing), checks the browser binding and the stage, lets the adapter validate and
/// translate the answer, applies the level policy, then hands over to the consent step. Errors the person caused
/// at the provider (cancel, level not reachable) go back to the RP; the others get a page.
/// </summary>
internal sealed class ProviderCallbackHandler(
    IProviderAdapterRegistry adapters,
    FlowRepository flows,
    ICorrelationIndex correlations,
    FlowBrowserBinding binding,
    FlowFinisher finisher,
    ConsentStep consent,
    Consents.Dashboard.DashboardSignIn dashboard,
    HubMetrics metrics,
    ILogger<ProviderCallbackHandler> logger)
{
    public async Task<FlowNext> HandleAsync(ProviderProtocol protocol, ProviderCallback callback, HttpContext httpContext, CancellationToken cancellationToken)
    {
        var started = metrics.Time.GetTimestamp();
        using var span = HubTelemetry.Start("hub.provider.callback");
        span?.SetTag("hub.protocol", protocol.ToString());
        try
        {
            return await CompleteAsync(protocol, callback, httpContext, span, cancellationToken);
        }
        finally
        {
            metrics.CallbackProcessed(protocol.ToString(), metrics.Time.GetElapsedTime(started));
        }
    }

    private async Task<FlowNext> CompleteAsync(ProviderProtocol protocol, ProviderCallback callback, HttpContext httpContext, System.Diagnostics.Activity? span, CancellationToken cancellationToken)
    {
        var echoed = protocol == ProviderProtocol.Saml2 ? callback.Form.GetValueOrDefault("RelayState") : callback.Query.GetValueOrDefault("state");
        if (string.IsNullOrEmpty(echoed))
        {
            return Refuse("flow.callback.no_correlation", FlowErrorKind.BadRequest);
        }
        var flowId = await correlations.TryTakeAsync(CorrelationKey.For(protocol, echoed), cancellationToken);
        if (flowId is null)
        {
            return Refuse("flow.callback.unknown_or_replayed", FlowErrorKind.FlowExpired);
        }
        span?.SetTag(HubTelemetry.FlowTag, FlowDigest.Of(flowId));
        var flow = await flows.GetAsync(flowId, cancellationToken);
        if (flow is null)
        {
            return Refuse("flow.callback.expired", FlowErrorKind.FlowExpired);
        }
        if (!binding.Matches(httpContext, flow.Value))
        {
            return Refuse("flow.callback.not_bound", FlowErrorKind.FlowNotBound);
        }
        if (flow.Value is not { Stage: FlowStage.AtProvider, Pending: { } pending } || !adapters.TryGet(protocol, out var adapter))
        {
            return Refuse("flow.callback.wrong_stage", FlowErrorKind.FlowExpired);
        }

        span?.SetTag("hub.provider", pending.ProviderId);
        var completed = await adapter.CompleteAsync(callback, pending, cancellationToken);
        var forDashboard = Consents.Dashboard.DashboardSignIn.IsDashboardFlow(flow.Value);
        if (!completed.IsSuccess)
        {
            var error = completed.Error!;
            FlowLog.ProviderAnswerRefused(logger, pending.ProviderId, error.Code, error.Kind.ToString());
            if (forDashboard && error.Kind is AdapterErrorKind.ProviderDenied or AdapterErrorKind.LevelNotMet)
            {
                return await dashboard.AbandonAsync(flow, httpContext, cancellationToken);
            }
            return error.Kind switch
            {
                AdapterErrorKind.ProviderDenied => await finisher.RefuseAsync(flow, AuthorizationErrors.AccessDenied,
                    "The person cancelled at the regional ID provider.", cancellationToken),
                AdapterErrorKind.LevelNotMet => await finisher.RefuseAsync(flow, AuthorizationErrors.UnmetAuthenticationRequirements,
                    $"The login could not reach level {flow.Value.RequiredLoa}.", cancellationToken),
                _ => FlowNext.Fail(ProviderErrorPages.For(error.Kind)),
            };
        }
        var identity = completed.Value;
        if (!LoaPolicy.IsMet(identity, flow.Value.RequiredLoa))
        {
            FlowLog.Refused(logger, "loa", "flow.loa.not_met");
            if (forDashboard)
            {
                return await dashboard.AbandonAsync(flow, httpContext, cancellationToken);
            }
            return await finisher.RefuseAsync(flow, AuthorizationErrors.UnmetAuthenticationRequirements,
                $"The login reached level {identity.EffectiveLoa}; the service needs {flow.Value.RequiredLoa}.", cancellationToken);
        }
        return forDashboard
            ? await dashboard.CompleteAsync(flow, identity, httpContext, cancellationToken)
            : await consent.AfterLoginAsync(flow, identity, cancellationToken);
    }

    private FlowNext Refuse(string code, FlowErrorKind kind)
    {
        FlowLog.Refused(logger, "callback", code);
        return FlowNext.Fail(kind);
    }
}
