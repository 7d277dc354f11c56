namespace Hub.Gateway.Flow;

/// <summary>
/// Hands a flow decided at the provider's callback to its completion in the same request (AuthorizationCompletion):
/// the callback has just stored it as completed and checked the browser binding, so the resumption takes it from the
/// request instead of reading it back from the store and unprotecting the binding cookie a second time. Only for
/// the flow it names, and only once.
/// </summary>
internal static class FinishedFlowHandover
{
    private static readonly object ItemKey = new();

    public static void Offer(HttpContext context, FlowState finished) => context.Items[ItemKey] = finished;

    public static void Withdraw(HttpContext context) => context.Items.Remove(ItemKey);

    /// <summary>The flow offered in this request if it is <paramref name="flowId"/>; null otherwise. Removed either way.</summary>
    public static FlowState? Take(HttpContext context, string flowId)
    {
        if (!context.Items.Remove(ItemKey, out var offered))
        {
            return null;
        }
        return offered is FlowState flow && string.Equals(flow.FlowId, flowId, StringComparison.Ordinal) ? flow : null;
    }
}
