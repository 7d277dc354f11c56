namespace Hub.Conformance;

/// <summary>The suite's identity, written into every report and recorded in the trust list on accreditation.</summary>
public static class SuiteInfo
{
    /// <summary>Bumped whenever a check is added, removed or made stricter: a report names the rules it was judged by.</summary>
    public const string Version = "hub-conformance/1.0.0";
}
