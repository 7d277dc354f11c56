using System.CommandLine;
using Hub.TrustList.Cli.Accreditation;
using Hub.TrustList.Common;
using Hub.TrustList.Conformance;
using Hub.TrustList.Model;

namespace Hub.TrustList.Cli.Commands;

/// <summary>
/// <c>accredit --candidate FILE --report REPORT.json --file LIST [--max-report-age-days N]</c>: puts a candidate
/// provider into the (unsigned) list with the conformance record of its report, after three rules: every must-level
/// check passed, the report is for exactly this candidate entry (digest), and the report is recent.
/// </summary>
internal static class AccreditCommand
{
    public const int DefaultMaxReportAgeDays = 30;

    public static Command Create(CliContext context)
    {
        var file = CommonOptions.File();
        var candidate = new Option<string>("--candidate")
        {
            Description = "The candidate file the provider ran the conformance suite with.",
            Required = true,
            HelpName = "candidate.json",
        };
        var report = new Option<string>("--report")
        {
            Description = "The suite's JSON report (report.json).",
            Required = true,
            HelpName = "report.json",
        };
        var maxAge = new Option<int>("--max-report-age-days")
        {
            Description = $"Refuse a report that finished longer ago than this (default {DefaultMaxReportAgeDays}).",
            DefaultValueFactory = _ => DefaultMaxReportAgeDays,
            HelpName = "days",
        };
        maxAge.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 366)
            {
                result.AddError("--max-report-age-days must be between 1 and 366.");
            }
        });
        var reason = CommonOptions.Reason($"Reason recorded in the status history of a new provider (default \"{AccreditationRules.DefaultReason}\").");
        var command = new Command("accredit", "Accredit a candidate provider on its conformance report (adds or updates it in the draft).")
        {
            file, candidate, report, maxAge, reason,
        };
        command.SetAction(result =>
        {
            var inputs = AccreditationInputs.Read(result.GetValue(candidate)!, result.GetValue(report)!);
            if (!inputs.IsSuccess)
            {
                return context.Fail(inputs.Error!);
            }
            var refusal = AccreditationRules.Check(inputs.Value, context.Now(), TimeSpan.FromDays(result.GetValue(maxAge)));
            if (refusal is not null)
            {
                return context.Fail(refusal);
            }
            var change = new StatusChange(EntryStatus.Accredited, context.Now(), result.GetValue(reason) ?? AccreditationRules.DefaultReason);
            return ListEdit.Run(context, result.GetValue(file)!, document => Accredit(document, inputs.Value, change));
        });
        return command;
    }

    private static Result<(TrustListDocument, string), CliError> Accredit(TrustListDocument document, AccreditationInputs inputs, StatusChange change)
    {
        var record = inputs.Record;
        var candidate = inputs.Candidate.Entry;
        var existing = document.IdentityProviders.FirstOrDefault(p => p.Id == candidate.Id);
        if (existing is null)
        {
            var added = candidate with { StatusHistory = [change], Conformance = record };
            return Result<(TrustListDocument, string), CliError>.Ok((
                document with { IdentityProviders = [.. document.IdentityProviders, added] },
                $"Accredited provider {candidate.Id} (added) on report {record.ReportDigest} ({record.SuiteVersion}, {InstantParser.Format(record.Date)}). Sign the list to publish it."));
        }
        // The coordinator's own members stay: the status history (set-status) and the brands (brand add|update).
        var updated = candidate with { StatusHistory = existing.StatusHistory, Brands = existing.Brands, Conformance = record };
        var summary = $"Accredited provider {candidate.Id} (updated) on report {record.ReportDigest} ({record.SuiteVersion}, {InstantParser.Format(record.Date)}). Sign the list to publish it.";
        if (existing.Status != EntryStatus.Accredited)
        {
            summary += $"\nnote: provider {candidate.Id} stays {existing.Status.ToString().ToLowerInvariant()}; accreditation does not change its status (use set-status).";
        }
        return Result<(TrustListDocument, string), CliError>.Ok((
            document with { IdentityProviders = [.. document.IdentityProviders.Select(p => p.Id == candidate.Id ? updated : p)] },
            summary));
    }
}
