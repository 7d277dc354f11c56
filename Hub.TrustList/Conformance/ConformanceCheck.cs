using System.Text.Json.Serialization;

namespace Hub.TrustList.Conformance;

/// <summary>One check of a run: what it asserts, on what authority, how strongly, and what was found.</summary>
/// <param name="Id">Stable identifier, e.g. <c>SAML-SIG-01</c>.</param>
/// <param name="Source">The normative source, e.g. "OIDC Core §3.1.3.7 step 6".</param>
/// <param name="Predicate">What must hold for the check to pass.</param>
/// <param name="Evidence">What was observed, line by line; never a password, a key or a resident's personal data.</param>
public sealed record ConformanceCheck(
    string Id,
    string Title,
    string Source,
    CheckLevel Level,
    string Predicate,
    CheckResult Result,
    IReadOnlyList<string> Evidence);

/// <summary>How strongly a check binds (ETSI TS 119 614-1: must or should). Only must-level checks decide accreditation.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CheckLevel>))]
public enum CheckLevel
{
    [JsonStringEnumMemberName("must")] Must,
    [JsonStringEnumMemberName("should")] Should,
}

/// <summary>
/// The outcome of a check. <see cref="Skip"/> means it could not be judged (e.g. no login succeeded): a skipped
/// must-level check is not a pass.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<CheckResult>))]
public enum CheckResult
{
    [JsonStringEnumMemberName("pass")] Pass,
    [JsonStringEnumMemberName("fail")] Fail,
    [JsonStringEnumMemberName("skip")] Skip,
}
