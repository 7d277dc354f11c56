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
        var ended = outcome.Approved ? "approved" : outcome.Error ?? "refused";
        FlowLog.Ended(logger, flow.Value.ClientId, ended);
        metrics.LoginEnded(ProviderOf(flow.Value), flow.Value.ClientId, ended, flow.Value.CreatedAt);
        return FlowNext.Complete(urls.Complete(flow.Value.FlowId), finished);
    }

    /// <summary>
    /// The provider the login went to: the identity's once it answered (the consent step clears the pending request
    /// when it shows the page), else the pending request's (refused at the callback), else none (refused before).
    /// </summary>
    private static string ProviderOf(FlowState flow) => flow.Identity?.ProviderId ?? flow.Pending?.ProviderId ?? "none";

    public Task<FlowNext> RefuseAsync(Versioned<FlowState> flow, string error, string description, CancellationToken cancellationToken)
        => FinishAsync(flow, FlowOutcome.Refused(error, description), cancellationToken);
}
