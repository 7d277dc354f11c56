using System.CommandLine;
using Hub.TrustList.Cli.Editing;
using Hub.TrustList.Common;
using Hub.TrustList.Model;

namespace Hub.TrustList.Cli.Commands;

/// <summary><c>rp add|update</c>: relying parties (services), from flags or a JSON fragment.</summary>
internal static class RelyingPartyCommand
{
    public static Command Create(CliContext context) => new("rp", "Add or update a relying party.")
    {
        EntryEditCommand.Add(context, new RelyingPartyFlags(), _ => Kind, "Add a relying party (accredited from --at, default now)."),
        EntryEditCommand.Update(context, new RelyingPartyFlags(), _ => Kind, "Update a relying party; its status history stays."),
    };

    private static EntryKind<RelyingPartyEntry> Kind { get; } = new(
        Find: (document, clientId) => Result<RelyingPartyEntry?, CliError>.Ok(document.RelyingParties.FirstOrDefault(r => r.ClientId == clientId)),
        Add: (document, entry) => Result<TrustListDocument, CliError>.Ok(document with { RelyingParties = [.. document.RelyingParties, entry] }),
        Replace: (document, entry) => document with
        {
            RelyingParties = [.. document.RelyingParties.Select(r => r.ClientId == entry.ClientId ? entry : r)],
        });
}
