using Hub.TrustList.Loading;
using Hub.TrustList.Model;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Gateway.Pages.TrustList;

/// <summary><c>/trustlist</c>: the current list's sequence and dates, and its providers (searchable, paged).</summary>
public sealed class IndexModel(ITrustListSource source) : TrustListPageModel
{
    public IReadOnlyList<IdentityProviderEntry> Providers { get; private set; } = [];

    public IActionResult OnGet(string? q, int page = 1)
    {
        if (!TryTakeCurrent(source))
        {
            return Page();
        }
        var language = Language;
        Providers = Page(Snapshot!.Document.IdentityProviders, q, page, p =>
            [p.Id, p.DisplayName.Ja, p.DisplayName.En, p.Operator.Ja, p.Operator.En,
             .. p.Brands.SelectMany(b => new[] { b.Id, b.DisplayName.Ja, b.DisplayName.En }),
             .. p.Regions.SelectMany(r => new[] { r.Code, r.Name.For(language) })]);
        return Page();
    }
}
