using Hub.Gateway.Operations.Telemetry;
using Hub.Gateway.Stores.Abstractions;

namespace Hub.Gateway.Flow;

/// <summary>
/// Ends a flow with its outcome (approved with the consented claims, or an OIDC error for the RP) and sends the
/// browser to <c>/connect/authorize/complete</c>, where the provider replays the RP's request through the full
/// validation and issues the code or sends the error.
/// </summary>
internal sealed class FlowFinisher(FlowRepository flows, FlowUrls urls, HubMetrics metrics, ILogger<FlowFinisher> logger)
{
    public async Task<FlowNext> FinishAsync(Versioned<FlowState> flow, FlowOutcome outcome, CancellationToken cancellationToken)
    {
        var finished = flow.Value with { Stage = FlowStage.Completed, Outcome = outcome };
        if (!await flows.TryAdvanceAsync(flow, finished, cancellationToken))
        {
            FlowLog.Refused(logger, "finish", "flow.conflict");
            return FlowNext.Fail(FlowErrorKind.FlowExpired);
        }
        return Ended(flow.Value, finished);
    }

    /// <summary>
    /// As <see cref="FinishAsync"/>, for a provider callback, which completes the flow in its own request: the decided
    /// flow is not stored now. The completion takes the version read (one compare-and-delete instead of a write and a
    /// delete), and a request that ends without completing it stores it first (<see cref="StoreIfNotTakenAsync"/>).
    /// </summary>
    public FlowNext FinishInCallback(Versioned<FlowState> flow, FlowOutcome outcome)
        => Ended(flow.Value, flow.Value with { Stage = FlowStage.Completed, Outcome = outcome }) with { UnstoredFrom = flow.Version };

    /// <summary>
    /// Withdraws the offer of flow <paramref name="flowId"/> in this request (its completion did not take it). A flow
    /// decided by <see cref="FinishInCallback"/> is then stored as decided, so the redirect to the completion URL
    /// finds it. False if that flow changed meanwhile.
    /// </summary>
    public async Task<bool> StoreIfNotTakenAsync(HttpContext context, string flowId, CancellationToken cancellationToken)
    {
        if (FinishedFlowHandover.Take(context, flowId) is not { UnstoredFrom: { } version } handed)
        {
            return true;
        }
        if (await flows.TryAdvanceAsync(new Versioned<FlowState>(handed.Flow, version), handed.Flow, cancellationToken))
        {
            return true;
        }
        FlowLog.Refused(logger, "finish", "flow.conflict");
        return false;
    }

    private FlowNext Ended(FlowState flow, FlowState finished)
    {
        var outcome = finished.Outcome!;
        var ended = outcome.Approved ? "approved" : outcome.Error ?? "refused";
        FlowLog.Ended(logger, flow.ClientId, ended);
        metrics.LoginEnded(ProviderOf(flow), flow.ClientId, ended, flow.CreatedAt);
        return FlowNext.Complete(urls.Complete(flow.FlowId), finished);
    }

    /// <summary>
    /// The provider the login went to: the identity's once it answered (the consent step clears the pending request
    /// when it shows the page), else the pending request's (refused at the callback), else none (refused before).
    /// </summary>
    private static string ProviderOf(FlowState flow) => flow.Identity?.ProviderId ?? flow.Pending?.ProviderId ?? "none";

    public Task<FlowNext> RefuseAsync(Versioned<FlowState> flow, string error, string description, CancellationToken cancellationToken)
        => FinishAsync(flow, FlowOutcome.Refused(error, description), cancellationToken);
}
