using Hub.Conformance.Flows;
using Hub.TrustList.Conformance;

namespace Hub.Conformance.Checks.Evaluators;

/// <summary>
/// SAML-ID-01, SAML-TIME-01 and OIDC-TIME-01, judged on every assertion or ID token the provider issued during the run
/// (read by the suite itself), plus the hub's own rejections of those rules.
/// </summary>
internal static class ReplayAndTimeChecks
{
    public static readonly TimeSpan MaxAssertionWindow = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan MaxIdTokenLifetime = TimeSpan.FromHours(1);

    public static IEnumerable<ConformanceCheck> Evaluate(Evaluation e)
    {
        if (!e.IsSaml)
        {
            yield return IdTokenLifetimes(e);
            yield break;
        }
        var assertions = e.Run.All()
            .SelectMany(l => l.SamlResponseXml is { } xml ? SamlAssertionView.Read(xml).Select(a => (l.Label, Assertion: a)) : [])
            .ToList();
        yield return AssertionIds(e, assertions);
        yield return AssertionWindows(e, assertions);
    }

    private static ConformanceCheck AssertionIds(Evaluation e, List<(string Label, SamlAssertionView Assertion)> assertions)
    {
        var check = SamlCatalogue.AssertionIds;
        var problems = e.Pool.For(check).ToList();
        problems.AddRange(assertions.GroupBy(a => a.Assertion.Id, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"assertion ID {Clip(g.Key)} was issued {g.Count()} times ({string.Join(", ", g.Select(x => x.Label))})"));
        return assertions.Count == 0 && problems.Count == 0
            ? check.Skip("the provider issued no assertion")
            : check.PassUnless(problems, [$"{assertions.Count} assertions, {assertions.Count} distinct IDs"]);
    }

    private static ConformanceCheck AssertionWindows(Evaluation e, List<(string Label, SamlAssertionView Assertion)> assertions)
    {
        var check = SamlCatalogue.Validity;
        var problems = e.Pool.For(check).ToList();
        foreach (var (label, assertion) in assertions)
        {
            if (assertion.IssueInstant is not { } issued)
            {
                problems.Add($"{label}: the assertion has no readable IssueInstant");
                continue;
            }
            var longest = assertion.NotOnOrAfter.Select(end => end - issued).DefaultIfEmpty(TimeSpan.Zero).Max();
            if (longest > MaxAssertionWindow)
            {
                problems.Add($"{label}: valid for {longest.TotalMinutes:0.#} minutes after IssueInstant (at most {MaxAssertionWindow.TotalMinutes:0})");
            }
        }
        return assertions.Count == 0 && problems.Count == 0
            ? check.Skip("the provider issued no assertion")
            : check.PassUnless(problems, [$"{assertions.Count} assertions valid for at most {MaxAssertionWindow.TotalMinutes:0} minutes"]);
    }

    private static ConformanceCheck IdTokenLifetimes(Evaluation e)
    {
        var check = OidcCatalogue.Validity;
        var problems = e.Pool.For(check).ToList();
        var completions = e.Run.All().Select(l => l.Completion).Append(e.Run.CodeReplay).OfType<Completion>();
        var tokens = completions.SelectMany(c => c.IdTokens).Select(IdTokenView.Read).ToList();
        foreach (var token in tokens)
        {
            if (token is not { IssuedAt: { } iat, Expires: { } exp })
            {
                problems.Add("an ID token without readable iat and exp");
                continue;
            }
            if (exp - iat > MaxIdTokenLifetime)
            {
                problems.Add($"an ID token valid for {(exp - iat).TotalMinutes:0} minutes after iat (at most {MaxIdTokenLifetime.TotalMinutes:0})");
            }
        }
        return tokens.Count == 0 && problems.Count == 0
            ? check.Skip("the provider issued no ID token")
            : check.PassUnless(problems, [$"{tokens.Count} ID tokens valid for at most {MaxIdTokenLifetime.TotalMinutes:0} minutes"]);
    }

    private static string Clip(string id) => id.Length > 24 ? id[..24] + "…" : id;
}
