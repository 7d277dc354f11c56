using System.CommandLine;
using Hub.TrustList.Cli.Editing;
using Hub.TrustList.Common;
using Hub.TrustList.Model;

namespace Hub.TrustList.Cli.Commands;

/// <summary><c>provider add|update</c>: regional ID providers, from flags or a JSON fragment.</summary>
internal static class ProviderCommand
{
    public static Command Create(CliContext context) => new("provider", "Add or update a regional ID provider.")
    {
        EntryEditCommand.Add(context, new ProviderFlags(), _ => Kind, "Add a provider (accredited from --at, default now)."),
        EntryEditCommand.Update(context, new ProviderFlags(), _ => Kind, "Update a provider's members; its status history and brands stay."),
    };

    private static EntryKind<IdentityProviderEntry> Kind { get; } = new(
        Find: (document, id) => Result<IdentityProviderEntry?, CliError>.Ok(document.IdentityProviders.FirstOrDefault(p => p.Id == id)),
        Add: (document, entry) => Result<TrustListDocument, CliError>.Ok(document with { IdentityProviders = [.. document.IdentityProviders, entry] }),
        Replace: (document, entry) => document with
        {
            IdentityProviders = [.. document.IdentityProviders.Select(p => p.Id == entry.Id ? entry : p)],
        });
}
