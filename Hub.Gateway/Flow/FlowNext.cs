namespace Hub.Gateway.Flow;

/// <summary>Where a step sends the browser next: a URL, or one of the error pages.</summary>
public sealed record FlowNext(string? Location, FlowErrorKind? Error)
{
    public static FlowNext To(string location) => new(location, null);

    public static FlowNext Fail(FlowErrorKind error) => new(null, error);
}
