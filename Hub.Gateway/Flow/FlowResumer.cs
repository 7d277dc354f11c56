using Hub.Gateway.OpenIdProvider.Authorization;
using Hub.Gateway.Policy;
using Hub.TrustList.Loading;

namespace Hub.Gateway.Flow;

/// <summary>
/// The last step, behind <c>/connect/authorize/complete?flow=...</c>: hands a decided flow back to the provider,
/// once (the flow is deleted atomically; a second resume finds nothing) and only to the browser it is bound to.
/// The provider and brand are checked again in the current trust list; the provider itself replays the RP's
/// request through its full validation (a suspended RP is refused there).
/// </summary>
internal sealed class FlowResumer(
    FlowRepository flows, FlowBrowserBinding binding, ITrustListSource trustList, ILogger<FlowResumer> logger)
{
    public async Task<AuthorizationResumption?> ResumeAsync(string flowId, HttpContext httpContext, CancellationToken cancellationToken)
    {
        // Completed inside the provider's callback: the flow this request has just decided (and whose browser binding it
        // has checked) is used as it is, not read back. The delete below still makes the resumption single-use; for a
        // flow not stored as decided it removes the version the callback read, so a flow changed meanwhile is refused.
        var handed = FinishedFlowHandover.Take(httpContext, flowId);
        var flow = handed?.Flow ?? await ReadBoundAsync(flowId, httpContext, cancellationToken);
        if (flow is not { Stage: FlowStage.Completed, Outcome: { } outcome })
        {
            if (flow is not null)
            {
                FlowLog.Refused(logger, "resume", "flow.resume.not_bound_or_not_done");
            }
            return null;
        }
        var taken = handed?.UnstoredFrom is { } version
            ? await flows.TryDeleteAsync(flowId, version, cancellationToken)
            : await flows.TryDeleteAsync(flowId, cancellationToken);
        if (!taken)
        {
            FlowLog.Refused(logger, "resume", "flow.resume.already_used");
            return null;
        }
        binding.Clear(httpContext, flowId);
        return new AuthorizationResumption(flow.Parameters, Decide(flow, outcome, httpContext));
    }

    /// <summary>The flow from the store, if it exists and is bound to this browser; null (logged) otherwise.</summary>
    private async Task<FlowState?> ReadBoundAsync(string flowId, HttpContext httpContext, CancellationToken cancellationToken)
    {
        var flow = await flows.GetAsync(flowId, cancellationToken);
        if (flow is null || !binding.Matches(httpContext, flow.Value))
        {
            FlowLog.Refused(logger, "resume", flow is null ? "flow.resume.unknown" : "flow.resume.not_bound_or_not_done");
            return null;
        }
        return flow.Value;
    }

    private AuthorizationDecision Decide(FlowState flow, FlowOutcome outcome, HttpContext httpContext)
    {
        if (!outcome.Approved || flow.Identity is not { } identity)
        {
            return new AuthorizationDecision.Reject(outcome.Error ?? AuthorizationErrors.AccessDenied, outcome.ErrorDescription);
        }
        var refusal = ProviderRoute.Recheck(trustList.Current, identity.ProviderId, identity.BrandId, flow.RequiredLoa);
        if (refusal != RouteRefusal.None)
        {
            FlowLog.Refused(logger, "resume", "flow.provider." + refusal.ToString().ToLowerInvariant());
            return new AuthorizationDecision.Reject(AuthorizationErrors.AccessDenied, "The regional ID provider used is no longer accredited.");
        }
        httpContext.Items[FlowAuditContext.ItemKey] = new FlowAuditContext(identity.ProviderId, identity.BrandId, outcome.ConsentRecordId ?? string.Empty);
        return new AuthorizationDecision.Approve(identity, outcome.ConsentedClaims.ToHashSet(StringComparer.Ordinal));
    }
}
