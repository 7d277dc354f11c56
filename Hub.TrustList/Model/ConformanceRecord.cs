namespace Hub.TrustList.Model;

/// <summary>The conformance-suite report a provider was accredited on.</summary>
public sealed record ConformanceRecord(string ReportDigest, string SuiteVersion, DateTimeOffset Date);
