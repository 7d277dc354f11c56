using System.Text.Json.Nodes;
using Hub.TrustList.Conformance;
using Hub.TrustList.Model;

namespace Hub.TrustList.Tests.Cli;

/// <summary>
/// A candidate file (the Aizuwakamatsu+ demo fragment with its pinned key) and conformance reports about it, written
/// the way the suite writes them, for the accredit tests.
/// </summary>
internal sealed class AccreditationFiles(TestFiles files)
{
    public string Candidate => files.Path("candidate.json");

    public string Report => files.Path("report.json");

    /// <summary>The demo Aizu entry as a candidate writes it, changed by <paramref name="edit"/>.</summary>
    public string WriteCandidate(Action<JsonObject>? edit = null)
    {
        var entry = JsonNode.Parse(File.ReadAllText(TestFiles.DemoFragment("providers/aizu-plus.json")))!.AsObject();
        var key = JsonNode.Parse(File.ReadAllText(TestFiles.DemoKey("aizu-plus-op.public.jwk")))!;
        entry["oidc"]!["jwks"] = new JsonObject { ["keys"] = new JsonArray(key) };
        edit?.Invoke(entry);
        var candidate = new JsonObject { ["entry"] = entry, ["accounts"] = new JsonArray() };
        File.WriteAllText(Candidate, candidate.ToJsonString());
        return Candidate;
    }

    public string CandidateDigest()
    {
        var read = CandidateEntryReader.Read(File.ReadAllBytes(Candidate));
        Assert.True(read.IsSuccess, read.Error?.ToString());
        return read.Value.Digest;
    }

    /// <summary>A report on the current candidate, finished at <paramref name="finishedAt"/>, with the given check results.</summary>
    public string WriteReport(DateTimeOffset finishedAt, string? digest = null, params ConformanceCheck[] checks)
    {
        IReadOnlyList<ConformanceCheck> all = checks.Length > 0 ? checks : [Check("META-DOC-01", CheckLevel.Must, CheckResult.Pass), Check("OPS-01", CheckLevel.Should, CheckResult.Fail)];
        var report = new ConformanceReport(
            ConformanceReport.CurrentFormat, "hub-conformance/1.0.0", digest ?? CandidateDigest(), "aizu-plus", ProviderProtocol.Oidc,
            finishedAt.AddMinutes(-1), finishedAt, ConformanceSummary.Of(all), all, new ConformanceTiming(10, 12, 30));
        File.WriteAllBytes(Report, ConformanceReportJson.Write(report));
        return Report;
    }

    public static ConformanceCheck Check(string id, CheckLevel level, CheckResult result)
        => new(id, "title", "OIDC Core §3.1.3.7", level, "predicate", result, ["evidence"]);
}
