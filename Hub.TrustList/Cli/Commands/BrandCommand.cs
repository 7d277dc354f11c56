using System.CommandLine;
using Hub.TrustList.Cli.Editing;
using Hub.TrustList.Common;
using Hub.TrustList.Model;

namespace Hub.TrustList.Cli.Commands;

/// <summary><c>brand add|update --provider ID</c>: brands (aliases) such as SakaI-D under mydoor OSAKA ID.</summary>
internal static class BrandCommand
{
    public static Command Create(CliContext context)
    {
        var addProvider = ProviderOption();
        var updateProvider = ProviderOption();
        return new Command("brand", "Add or update a brand (alias) of a provider.")
        {
            EntryEditCommand.Add(context, new BrandFlags(), r => Kind(r.GetValue(addProvider)!), "Add a brand to a provider.", addProvider),
            EntryEditCommand.Update(context, new BrandFlags(), r => Kind(r.GetValue(updateProvider)!), "Update a brand; its status history stays.", updateProvider),
        };
    }

    private static Option<string> ProviderOption() => new("--provider")
    {
        Description = "The provider the brand belongs to (it shares its keys).",
        Required = true,
    };

    private static EntryKind<BrandEntry> Kind(string providerId) => new(
        Find: (document, id) => document.IdentityProviders.FirstOrDefault(p => p.Id == providerId) is { } provider
            ? Result<BrandEntry?, CliError>.Ok(provider.Brands.FirstOrDefault(b => b.Id == id))
            : new CliError("entry.not-found", $"no provider '{providerId}' in the list."),
        Add: (document, brand) =>
            document.IdentityProviders.SelectMany(p => p.Brands).Any(b => b.Id == brand.Id)
                ? new CliError("entry.duplicate-id", $"a brand '{brand.Id}' exists under another provider; brand ids are unique in the list.")
                : Result<TrustListDocument, CliError>.Ok(WithBrands(document, providerId, brands => [.. brands, brand])),
        Replace: (document, brand) => WithBrands(document, providerId, brands => [.. brands.Select(b => b.Id == brand.Id ? brand : b)]));

    private static TrustListDocument WithBrands(
        TrustListDocument document, string providerId, Func<IReadOnlyList<BrandEntry>, IReadOnlyList<BrandEntry>> change)
        => document with
        {
            IdentityProviders = [.. document.IdentityProviders.Select(p => p.Id == providerId ? p with { Brands = change(p.Brands) } : p)],
        };
}
