namespace Hub.Gateway.Flow;

/// <summary>Settings of the login orchestration (section <c>Hub:Flow</c>).</summary>
public sealed class FlowOptions
{
    public const string SectionName = "Hub:Flow";

    /// <summary>How long a person has from the RP's request to the code: the flow state's and the cookie's lifetime.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The prefix of the browser-binding cookie; the cookie of one flow is named prefix + a short flow digest.</summary>
    public string CookiePrefix { get; set; } = "hub_flow_";
}
