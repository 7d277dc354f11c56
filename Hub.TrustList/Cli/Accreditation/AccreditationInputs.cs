using Hub.TrustList.Common;
using Hub.TrustList.Conformance;
using Hub.TrustList.Model;

namespace Hub.TrustList.Cli.Accreditation;

/// <summary>What <c>accredit</c> reads: the candidate's entry (with its digest) and the report (with the digest of its file).</summary>
internal sealed record AccreditationInputs(CandidateEntry Candidate, ConformanceReport Report, string ReportFileDigest)
{
    /// <summary>The conformance record the list will carry: the report file's digest, the suite version and the report's date.</summary>
    public ConformanceRecord Record => new(ReportFileDigest, Report.SuiteVersion, Report.FinishedAt);

    public static Result<AccreditationInputs, CliError> Read(string candidatePath, string reportPath)
    {
        var candidateBytes = InputFiles.ReadBytes(candidatePath);
        if (!candidateBytes.IsSuccess)
        {
            return candidateBytes.Error!;
        }
        var reportBytes = InputFiles.ReadBytes(reportPath);
        if (!reportBytes.IsSuccess)
        {
            return reportBytes.Error!;
        }
        var candidate = CandidateEntryReader.Read(candidateBytes.Value);
        if (!candidate.IsSuccess)
        {
            return new CliError(candidate.Error!.Code, $"'{candidatePath}': {candidate.Error.Message}");
        }
        var report = ConformanceReportJson.Read(reportBytes.Value);
        if (!report.IsSuccess)
        {
            return new CliError(report.Error!.Code, $"'{reportPath}': {report.Error.Message}");
        }
        return Result<AccreditationInputs, CliError>.Ok(
            new AccreditationInputs(candidate.Value, report.Value, ConformanceDigest.Of(reportBytes.Value)));
    }
}
