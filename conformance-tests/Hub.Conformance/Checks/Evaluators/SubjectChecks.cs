using Hub.TrustList.Conformance;

namespace Hub.Conformance.Checks.Evaluators;

/// <summary>SUB-01 (one account, one subject) and SUB-02 (two accounts, two subjects). Subjects are never printed.</summary>
internal static class SubjectChecks
{
    public static IEnumerable<ConformanceCheck> Evaluate(Evaluation e)
    {
        var stable = e.IsSaml ? SamlCatalogue.SubjectStable : OidcCatalogue.SubjectStable;
        var byAccount = e.Run.Successful
            .GroupBy(l => l.Account.Username, StringComparer.Ordinal)
            .Select(g => (Account: g.Key, Logins: g.Count(), Subjects: g.Select(l => l.Completion!.Identity!.ProviderSubject).Distinct(StringComparer.Ordinal).ToList()))
            .ToList();
        var owned = e.Pool.For(stable).ToList();
        var repeated = byAccount.Where(a => a.Logins >= 2).ToList();
        if (owned.Count == 0 && repeated.Count == 0)
        {
            yield return stable.Skip("no account had two accepted logins to compare");
        }
        else
        {
            owned.AddRange(repeated.Where(a => a.Subjects.Count > 1).Select(a => $"{a.Account}: {a.Subjects.Count} different subjects over {a.Logins} logins"));
            yield return stable.PassUnless(owned, repeated.Select(a => $"{a.Account}: one subject over {a.Logins} logins"));
        }

        var distinct = CommonCatalogue.SubjectDistinct;
        if (byAccount.Count < 2)
        {
            yield return distinct.Skip("fewer than two accounts had an accepted login");
            yield break;
        }
        var shared = byAccount.SelectMany(a => a.Subjects.Select(s => (a.Account, Subject: s)))
            .GroupBy(x => x.Subject, StringComparer.Ordinal)
            .Where(g => g.Select(x => x.Account).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(g => $"accounts {string.Join(", ", g.Select(x => x.Account).Distinct(StringComparer.Ordinal))} share one subject")
            .ToList();
        yield return distinct.PassUnless(shared, [$"{byAccount.Count} accounts, {byAccount.Count} different subjects"]);
    }
}
