using Hub.TrustList.Conformance;

namespace Hub.Conformance.Checks;

/// <summary>A check as the catalogue defines it (ETSI TS 119 614-1 style): id, title, normative source, level, predicate.</summary>
internal sealed record CheckDefinition(string Id, string Title, string Source, CheckLevel Level, string Predicate)
{
    /// <summary>Evidence lines kept per check; the rest are counted.</summary>
    public const int MaxEvidence = 24;

    public ConformanceCheck Pass(IEnumerable<string> evidence) => Result(CheckResult.Pass, evidence);

    public ConformanceCheck Fail(IEnumerable<string> evidence) => Result(CheckResult.Fail, evidence);

    public ConformanceCheck Skip(string reason) => Result(CheckResult.Skip, [reason]);

    /// <summary>Pass when there are no problems (evidence: <paramref name="seen"/>), fail with the problems otherwise.</summary>
    public ConformanceCheck PassUnless(IReadOnlyCollection<string> problems, IEnumerable<string> seen)
        => problems.Count == 0 ? Pass(seen) : Fail(problems);

    private ConformanceCheck Result(CheckResult result, IEnumerable<string> evidence)
    {
        var lines = evidence.Where(e => !string.IsNullOrWhiteSpace(e)).Distinct(StringComparer.Ordinal).ToList();
        if (lines.Count > MaxEvidence)
        {
            lines = [.. lines.Take(MaxEvidence), $"... and {lines.Count - MaxEvidence} more"];
        }
        return new ConformanceCheck(Id, Title, Source, Level, Predicate, result, lines);
    }
}
