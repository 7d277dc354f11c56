namespace Hub.Gateway.Flow;

/// <summary>
/// Hands a flow decided at the provider's callback to its completion in the same request (AuthorizationCompletion):
/// the callback has checked the browser binding and decided the flow, so the resumption takes it from the request
/// instead of reading it back from the store and unprotecting the binding cookie a second time. Only for the flow it
/// names, and only once. A flow not stored as decided yet comes with the version the store still holds
/// (<see cref="FlowNext.UnstoredFrom"/>).
/// </summary>
internal static class FinishedFlowHandover
{
    private static readonly object ItemKey = new();

    public static void Offer(HttpContext context, FlowState finished, long? unstoredFrom = null)
        => context.Items[ItemKey] = new HandedOverFlow(finished, unstoredFrom);

    /// <summary>The flow offered in this request if it is <paramref name="flowId"/>; null otherwise. Removed either way.</summary>
    public static HandedOverFlow? Take(HttpContext context, string flowId)
    {
        if (!context.Items.Remove(ItemKey, out var offered))
        {
            return null;
        }
        return offered is HandedOverFlow handed && string.Equals(handed.Flow.FlowId, flowId, StringComparison.Ordinal) ? handed : null;
    }
}

/// <summary>A decided flow handed over within a request; <see cref="UnstoredFrom"/> as in <see cref="FlowNext"/>.</summary>
internal sealed record HandedOverFlow(FlowState Flow, long? UnstoredFrom);
