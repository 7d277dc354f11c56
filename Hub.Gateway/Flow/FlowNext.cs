namespace Hub.Gateway.Flow;

/// <summary>Where a step sends the browser next: a URL, or one of the error pages.</summary>
public sealed record FlowNext(string? Location, FlowErrorKind? Error)
{
    /// <summary>
    /// A decided flow the error page hands back to the RP with its button (consent refused: the person reads the
    /// explanation first, then returns to the service, which receives the error). Null for the other errors.
    /// </summary>
    public string? ReturnFlowId { get; init; }

    /// <summary>
    /// The decided flow, as stored, when <see cref="Location"/> is the hub's own <c>/connect/authorize/complete</c>
    /// for it: a provider callback completes it in the same request instead of redirecting (see
    /// AuthorizationCompletion), and hands it over (<see cref="FinishedFlowHandover"/>) instead of reading it back.
    /// </summary>
    public FlowState? Completed { get; init; }

    /// <summary>
    /// Set when <see cref="Completed"/> is not stored yet (decided at a provider callback, which completes it in the
    /// same request): the store still holds the flow at this version. The completion takes it from there
    /// (compare-and-delete); if the request ends without completing it, it is stored as decided before the redirect
    /// (<see cref="FlowFinisher.StoreIfNotTakenAsync"/>).
    /// </summary>
    public long? UnstoredFrom { get; init; }

    public static FlowNext To(string location) => new(location, null);

    /// <summary>The decided flow's completion at <paramref name="completionUrl"/>.</summary>
    public static FlowNext Complete(string completionUrl, FlowState completed) => new(completionUrl, null) { Completed = completed };

    public static FlowNext Fail(FlowErrorKind error) => new(null, error);

    /// <summary>The error page, with a button that resumes the decided flow <paramref name="flowId"/> at the RP.</summary>
    public static FlowNext FailAndReturn(FlowErrorKind error, string flowId) => new(null, error) { ReturnFlowId = flowId };
}
