namespace Hub.Gateway.Demo;

/// <summary>
/// Where the demo's parts listen (section <c>Demo</c>; e.g. <c>Demo__HubUrl=http://localhost:6080</c>). The hub's
/// URL is also its issuer. Provider and RP URLs may use port 0 (a free port): the trust list follows them.
/// </summary>
public sealed class DemoOptions
{
    public const string SectionName = "Demo";

    public string HubUrl { get; set; } = "http://localhost:5080";

    public string MebukuUrl { get; set; } = "http://localhost:5081";

    public string MydoorUrl { get; set; } = "http://localhost:5082";

    public string AizuUrl { get; set; } = "http://localhost:5083";

    public string RelyingPartyUrl { get; set; } = "http://localhost:5090";

    /// <summary>Where the freshly signed demo trust list is written. Null: a folder under the system's temp folder.</summary>
    public string? StateDirectory { get; set; }

    /// <summary>The repository (trustlist.json, sandbox/keys). Null: found by walking up to Federation.sln.</summary>
    public string? RepositoryRoot { get; set; }
}
