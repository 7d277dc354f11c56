using System.CommandLine;
using Hub.TrustList.Common;
using Hub.TrustList.Model;

namespace Hub.TrustList.Cli.Commands;

/// <summary>
/// <c>set-status --provider|--brand|--rp ID --status S --reason "..."</c>: appends to the entry's status history
/// (suspend, reinstate, withdraw). History is never rewritten.
/// </summary>
internal static class SetStatusCommand
{
    public static Command Create(CliContext context)
    {
        var file = CommonOptions.File();
        var provider = new Option<string>("--provider") { Description = "The provider id." };
        var brand = new Option<string>("--brand") { Description = "The brand id." };
        var rp = new Option<string>("--rp") { Description = "The relying party's client_id." };
        var status = new Option<string>("--status") { Description = "accredited, suspended or withdrawn.", Required = true }
            .AcceptOnlyFromAmong("accredited", "suspended", "withdrawn");
        var reason = CommonOptions.Reason("Why; recorded in the status history.", required: true);
        var at = CommonOptions.At("When the status takes effect (default now).");
        var command = new Command("set-status", "Change the status of a provider, brand or relying party.") { file, provider, brand, rp, status, reason, at };
        command.Validators.Add(result =>
        {
            var named = new Option[] { provider, brand, rp }.Count(o => result.GetResult(o) is not null);
            if (named != 1)
            {
                result.AddError("name exactly one of --provider, --brand or --rp.");
            }
        });
        command.SetAction(result =>
        {
            var change = new StatusChange(ParseStatus(result.GetValue(status)!), result.GetValue(at) ?? context.Now(), result.GetValue(reason)!);
            return ListEdit.Run(context, result.GetValue(file)!, document =>
                result.GetValue(provider) is { } providerId ? OnProvider(document, providerId, change)
                : result.GetValue(brand) is { } brandId ? OnBrand(document, brandId, change)
                : OnRelyingParty(document, result.GetValue(rp)!, change));
        });
        return command;
    }

    private static EntryStatus ParseStatus(string text) => text switch
    {
        "accredited" => EntryStatus.Accredited,
        "suspended" => EntryStatus.Suspended,
        _ => EntryStatus.Withdrawn,
    };

    private static Result<(TrustListDocument, string), CliError> OnProvider(TrustListDocument document, string id, StatusChange change)
    {
        var entry = document.IdentityProviders.FirstOrDefault(p => p.Id == id);
        if (entry is null)
        {
            return new CliError("entry.not-found", $"no provider '{id}' in the list.");
        }
        var history = Append(entry.StatusHistory, change, $"provider {id}");
        return history.IsSuccess
            ? Done(document with { IdentityProviders = [.. document.IdentityProviders.Select(p => p.Id == id ? p with { StatusHistory = history.Value } : p)] }, $"provider {id}", change)
            : history.Error!;
    }

    private static Result<(TrustListDocument, string), CliError> OnBrand(TrustListDocument document, string id, StatusChange change)
    {
        var entry = document.IdentityProviders.SelectMany(p => p.Brands).FirstOrDefault(b => b.Id == id);
        if (entry is null)
        {
            return new CliError("entry.not-found", $"no brand '{id}' in the list.");
        }
        var history = Append(entry.StatusHistory, change, $"brand {id}");
        return history.IsSuccess
            ? Done(document with
            {
                IdentityProviders = [.. document.IdentityProviders.Select(p => p with { Brands = [.. p.Brands.Select(b => b.Id == id ? b with { StatusHistory = history.Value } : b)] })],
            }, $"brand {id}", change)
            : history.Error!;
    }

    private static Result<(TrustListDocument, string), CliError> OnRelyingParty(TrustListDocument document, string clientId, StatusChange change)
    {
        var entry = document.RelyingParties.FirstOrDefault(r => r.ClientId == clientId);
        if (entry is null)
        {
            return new CliError("entry.not-found", $"no relying party '{clientId}' in the list.");
        }
        var history = Append(entry.StatusHistory, change, $"relying party {clientId}");
        return history.IsSuccess
            ? Done(document with { RelyingParties = [.. document.RelyingParties.Select(r => r.ClientId == clientId ? r with { StatusHistory = history.Value } : r)] }, $"relying party {clientId}", change)
            : history.Error!;
    }

    /// <summary>History runs forward: a change dated before the current status would reorder the past.</summary>
    private static Result<IReadOnlyList<StatusChange>, CliError> Append(IReadOnlyList<StatusChange> history, StatusChange change, string subject)
    {
        if (history.Count > 0 && change.Since < history[^1].Since)
        {
            return new CliError("status.out-of-order", $"{subject} has been {Wire(history[^1].Status)} since {InstantParser.Format(history[^1].Since)}; a change cannot take effect before that.");
        }
        return Result<IReadOnlyList<StatusChange>, CliError>.Ok([.. history, change]);
    }

    private static Result<(TrustListDocument, string), CliError> Done(TrustListDocument document, string subject, StatusChange change)
        => Result<(TrustListDocument, string), CliError>.Ok((document, $"Set {subject} to {Wire(change.Status)} from {InstantParser.Format(change.Since)} ({change.Reason})."));

    private static string Wire(EntryStatus status) => status.ToString().ToLowerInvariant();
}
