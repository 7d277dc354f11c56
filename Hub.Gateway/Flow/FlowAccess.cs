using Hub.Gateway.Stores.Abstractions;

namespace Hub.Gateway.Flow;

/// <summary>
/// Loads the flow a page names and checks it belongs to this browser: the one gate of every page step.
/// </summary>
internal sealed class FlowAccess(FlowRepository flows, FlowBrowserBinding binding, ILogger<FlowAccess> logger)
{
    public async Task<(Versioned<FlowState>? Flow, FlowErrorKind? Error)> OpenAsync(string? flowId, HttpContext httpContext, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(flowId) || flowId.Length > 128)
        {
            return Refuse("flow.page.no_flow", FlowErrorKind.BadRequest);
        }
        var flow = await flows.GetAsync(flowId, cancellationToken);
        if (flow is null)
        {
            return Refuse("flow.page.expired", FlowErrorKind.FlowExpired);
        }
        return binding.Matches(httpContext, flow.Value) ? (flow, null) : Refuse("flow.page.not_bound", FlowErrorKind.FlowNotBound);
    }

    private (Versioned<FlowState>?, FlowErrorKind?) Refuse(string code, FlowErrorKind kind)
    {
        FlowLog.Refused(logger, "page", code);
        return (null, kind);
    }
}
