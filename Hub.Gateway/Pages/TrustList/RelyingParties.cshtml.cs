using Hub.TrustList.Loading;
using Hub.TrustList.Model;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Gateway.Pages.TrustList;

/// <summary><c>/trustlist/relying-parties</c>: the relying parties (searchable, paged), without their secrets or keys.</summary>
public sealed class RelyingPartiesModel(ITrustListSource source) : TrustListPageModel
{
    public IReadOnlyList<RelyingPartyEntry> RelyingParties { get; private set; } = [];

    public IActionResult OnGet(string? q, int page = 1)
    {
        if (!TryTakeCurrent(source))
        {
            return Page();
        }
        RelyingParties = Page(Snapshot!.Document.RelyingParties, q, page, r =>
            [r.ClientId, r.DisplayName.Ja, r.DisplayName.En, r.Operator.Ja, r.Operator.En]);
        return Page();
    }
}
