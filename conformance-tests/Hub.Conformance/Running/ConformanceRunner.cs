using Hub.Conformance.Browser;
using Hub.Conformance.Candidates;
using Hub.Conformance.Checks;
using Hub.Conformance.Checks.Evaluators;
using Hub.Conformance.Flows;
using Hub.Conformance.Harness;
using Hub.Conformance.Metadata;
using Hub.TrustList.Common;
using Hub.TrustList.Conformance;

namespace Hub.Conformance.Running;

/// <summary>
/// One run of the suite against a candidate: fetch its metadata, run every login through the hub's real adapters,
/// judge, and return the report. Failures of the candidate are check results; only a candidate file the hub cannot be
/// configured with is an error.
/// </summary>
internal static class ConformanceRunner
{
    public static async Task<Result<ConformanceReport, ConformanceError>> RunAsync(Candidate candidate, TimeProvider time, CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        var created = HubHarness.Create(candidate, time);
        if (!created.IsSuccess)
        {
            return created.Error!;
        }
        using var hub = created.Value;
        ILoginDriver driver = candidate.Login switch
        {
            FormLoginRecipe form => new FormLoginDriver(hub.Http, form),
            ScriptLoginRecipe script => new ScriptLoginDriver(script),
            _ => throw new InvalidOperationException("Unknown login recipe."),
        };
        var metadata = await new MetadataFetcher(hub.Http).FetchAsync(candidate.MetadataUrl, candidate.Protocol, cancellationToken).ConfigureAwait(false);
        var runner = new FlowRunner(driver, candidate, time);
        var scenarios = new Scenarios(candidate, hub, runner, change => Variant(candidate, time, change), SystemSecureRandom.Instance);
        var run = await scenarios.RunAsync(cancellationToken).ConfigureAwait(false);

        var evaluation = new Evaluation(
            candidate, CandidateTrustList.Document(candidate.Entry, started), metadata, run, ErrorPool.Build(run, candidate.Protocol), hub.Profiles);
        var timing = TimingCheck.Measure(run);
        var checks = CheckEvaluator.Evaluate(evaluation, timing);
        return Result<ConformanceReport, ConformanceError>.Ok(new ConformanceReport(
            ConformanceReport.CurrentFormat,
            SuiteInfo.Version,
            candidate.Draft.Digest,
            candidate.Entry.Id,
            candidate.Protocol,
            started,
            time.GetUtcNow(),
            ConformanceSummary.Of(checks),
            checks,
            timing));
    }

    private static HubHarness Variant(Candidate candidate, TimeProvider time, Action<Hub.Adapters.Saml2.Options.Saml2SpOptions> change)
    {
        var created = HubHarness.Create(candidate, time, change);
        return created.IsSuccess ? created.Value : throw new InvalidOperationException(created.Error!.Message);
    }
}
