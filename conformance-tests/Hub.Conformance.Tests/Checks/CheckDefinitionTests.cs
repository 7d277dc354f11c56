using Hub.Conformance.Checks;
using Hub.Conformance.Checks.Evaluators;
using Hub.TrustList.Conformance;

namespace Hub.Conformance.Tests.Checks;

public sealed class CheckDefinitionTests
{
    [Fact]
    public void Fail_ManyLines_KeepsTheFirstAndCountsTheRest()
    {
        var check = CommonCatalogue.AttributesClean.Fail(Enumerable.Range(1, 30).Select(i => $"problem {i}"));

        Assert.Equal(CheckResult.Fail, check.Result);
        Assert.Equal(CheckDefinition.MaxEvidence + 1, check.Evidence.Count);
        Assert.Equal("... and 6 more", check.Evidence[^1]);
    }

    [Fact]
    public void PassUnless_NoProblem_PassesWithWhatWasSeen()
    {
        var check = CommonCatalogue.LevelCapped.PassUnless([], ["seen", "seen", ""]);

        Assert.Equal(CheckResult.Pass, check.Result);
        Assert.Equal(["seen"], check.Evidence);
        Assert.Equal(CheckLevel.Must, check.Level);
        Assert.Equal("docs/attributes.md §10; docs/trustlist.md (max_loa)", check.Source);
    }

    [Theory]
    [InlineData(new long[] { 5 }, 5, 5)]
    [InlineData(new long[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 5, 10)]
    [InlineData(new long[] { 10, 20, 30, 40 }, 20, 40)]
    public void Percentile_NearestRank(long[] sorted, long p50, long p95)
    {
        Assert.Equal(p50, TimingCheck.Percentile(sorted, 0.50));
        Assert.Equal(p95, TimingCheck.Percentile(sorted, 0.95));
    }

    [Fact]
    public void Catalogues_EveryCheckHasSourceAndPredicate_AndIdsAreUniquePerProtocol()
    {
        var common = Definitions(typeof(CommonCatalogue));
        foreach (var protocol in new[] { typeof(SamlCatalogue), typeof(OidcCatalogue) })
        {
            var all = common.Concat(Definitions(protocol)).ToList();
            Assert.Equal(all.Count, all.Select(d => d.Id).Distinct().Count());
            Assert.All(all, d =>
            {
                Assert.Matches("^[A-Z]+-[A-Z0-9]+-[0-9]{2}$|^(SUB|LOA|ATTR|ERR|OPS|MAP|LOGIN)-[0-9]{2}$", d.Id);
                Assert.False(string.IsNullOrWhiteSpace(d.Source));
                Assert.False(string.IsNullOrWhiteSpace(d.Predicate));
            });
        }
    }

    [Fact]
    public void Onboarding_DocumentsEveryCheckAndTheSectionsChecksCite()
    {
        var onboarding = File.ReadAllText(Path.Combine(Support.Repository.Root, "docs", "onboarding.md"));
        var all = new[] { typeof(CommonCatalogue), typeof(SamlCatalogue), typeof(OidcCatalogue) }.SelectMany(Definitions).ToList();

        Assert.All(all.Select(d => d.Id).Distinct(), id => Assert.Contains($"| {id} |", onboarding, StringComparison.Ordinal));
        foreach (var section in all.SelectMany(d => d.Source.Split(';')).Where(s => s.Contains("docs/onboarding.md", StringComparison.Ordinal)))
        {
            Assert.Contains("### " + section.Split('§')[1].Trim(), onboarding, StringComparison.Ordinal);
        }
    }

    private static List<CheckDefinition> Definitions(Type catalogue)
        => catalogue.GetFields().Where(f => f.FieldType == typeof(CheckDefinition)).Select(f => (CheckDefinition)f.GetValue(null)!).ToList();
}
