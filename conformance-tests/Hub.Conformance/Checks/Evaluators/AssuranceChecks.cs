using Hub.Conformance.Flows;
using Hub.TrustList.Conformance;

namespace Hub.Conformance.Checks.Evaluators;

/// <summary>LOA-01 (never above the declared maximum), LOA-02 (the expected level) and LOA-03 (an unmeetable level is refused).</summary>
internal static class AssuranceChecks
{
    public static IEnumerable<ConformanceCheck> Evaluate(Evaluation e)
    {
        var successful = e.Run.Successful.ToList();
        var max = e.Entry.MaxLoa;

        var capped = CommonCatalogue.LevelCapped;
        yield return successful.Count == 0
            ? capped.Skip(Evaluation.NoLogin)
            : capped.PassUnless(
                successful.Where(l => l.Completion!.Identity!.AssertedLoa > max)
                    .Select(l => $"{l.Label}: asserted level {l.Completion!.Identity!.AssertedLoa}, above max_loa {max}").ToList(),
                [$"{successful.Count} logins asserted at most level {max}"]);

        var expected = CommonCatalogue.LevelExpected;
        var problems = e.Pool.For(expected).ToList();
        foreach (var login in successful)
        {
            var identity = login.Completion!.Identity!;
            problems.AddRange(identity.Warnings.Where(w => w.Claim == "acr").Select(w => $"{login.Label}: {w.Code} ({w.Message})"));
            if (identity.EffectiveLoa != login.Account.ExpectedLoa)
            {
                problems.Add($"{login.Label}: level {identity.EffectiveLoa} (asserted {identity.AssertedLoa}), expected {login.Account.ExpectedLoa}");
            }
        }
        yield return successful.Count == 0 && problems.Count == 0
            ? expected.Skip(Evaluation.NoLogin)
            : expected.PassUnless(problems, successful.GroupBy(l => l.Account.Username).Select(g => $"{g.Key}: level {g.First().Account.ExpectedLoa} as expected"));

        yield return LevelNotMet(e);
    }

    private static ConformanceCheck LevelNotMet(Evaluation e)
    {
        var check = e.IsSaml ? SamlCatalogue.LevelNotMet : OidcCatalogue.LevelNotMet;
        if (e.Run.LevelNotMet is not { } login)
        {
            return check.Skip("no test account is below level A: add one so that an unmeetable level can be requested");
        }
        var asked = $"{login.Account} (level {login.Account.ExpectedLoa}) asked for level {e.Run.RequestedLevel}";
        return FlowOutcome.Judge(check, login, e,
            error => ErrorPool.IsExpectedLevelRefusal(error),
            error => error.Code == ErrorOwnership.LevelNotMetCode
                ? $"{asked}: the provider logged the person in at a lower level instead of refusing"
                : null,
            succeeded: $"{asked}: the provider logged the person in (a lower level passed off as {e.Run.RequestedLevel}?)",
            passed: error => $"{asked}: refused with {error.Code}",
            notBack: $"{asked}: the provider did not send the browser back with an error");
    }
}
