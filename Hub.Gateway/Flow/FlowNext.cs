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
    /// Set when <see cref="Location"/> is the hub's own <c>/connect/authorize/complete</c> for a decided flow: a
    /// provider callback completes it in the same request instead of redirecting (see AuthorizationCompletion).
    /// </summary>
    public bool CompletesFlow { get; init; }

    public static FlowNext To(string location) => new(location, null);

    /// <summary>The decided flow's completion at <paramref name="completionUrl"/>.</summary>
    public static FlowNext Complete(string completionUrl) => new(completionUrl, null) { CompletesFlow = true };

    public static FlowNext Fail(FlowErrorKind error) => new(null, error);

    /// <summary>The error page, with a button that resumes the decided flow <paramref name="flowId"/> at the RP.</summary>
    public static FlowNext FailAndReturn(FlowErrorKind error, string flowId) => new(null, error) { ReturnFlowId = flowId };
}
