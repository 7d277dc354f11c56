using Hub.Gateway.Discovery;
using Hub.Gateway.Flow;
using Hub.Gateway.Policy;
using Hub.TrustList.Loading;
using Hub.TrustList.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Hub.Gateway.Pages.Flow;

/// <summary>
/// The provider choice: the remembered choice first, a search by municipality, prefecture or provider name (kanji,
/// kana or Latin letters) or postal code, browsing by prefecture, and one page of results. Offered: accredited
/// providers and brands that reach the level; greyed with the reason: suspended ones and those that cannot.
/// </summary>
public sealed class ChooseModel : FlowPageModel
{
    private const int MaxQueryLength = 64;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "pref")]
    public string? Prefecture { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public DiscoveryPage Results { get; private set; } = new([], 0, 1, 1);

    public ProviderOption? Remembered { get; private set; }

    public IReadOnlyList<RegionName> Prefectures { get; private set; } = [];

    public RegionName? BrowsedPrefecture { get; private set; }

    public RelyingPartyEntry? RelyingParty { get; private set; }

    public LevelOfAssurance RequiredLoa { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var (flow, error) = await Service<FlowAccess>().OpenAsync(FlowId, HttpContext, HttpContext.RequestAborted);
        if (flow is null)
        {
            return ErrorPage(error!.Value);
        }
        if (!ProviderChoiceStep.IsChoosing(flow.Value) || Service<DiscoveryIndexCache>().Current is not { } index)
        {
            return ErrorPage(FlowErrorKind.FlowExpired);
        }
        Query = Query is { Length: > MaxQueryLength } ? Query[..MaxQueryLength] : Query;
        Prefecture = Prefecture is { Length: 2 } p && index.Prefectures.Any(r => r.Code.StartsWith(p, StringComparison.Ordinal)) ? p : null;
        RequiredLoa = flow.Value.RequiredLoa;
        Results = index.Search(new DiscoveryQuery(Query, Prefecture, PageNumber), RequiredLoa);
        Remembered = LastChoiceCookie.Read(Request) is { } last ? index.Find(last, RequiredLoa) : null;
        Prefectures = index.Prefectures;
        BrowsedPrefecture = Prefecture is null ? null : Service<RegionCatalog>().Prefecture(Prefecture);
        RelyingParty = Service<ITrustListSource>().Current?.FindRelyingParty(flow.Value.ClientId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "choice")] string? choice)
    {
        var (flow, error) = await Service<FlowAccess>().OpenAsync(FlowId, HttpContext, HttpContext.RequestAborted);
        if (flow is null)
        {
            return ErrorPage(error!.Value);
        }
        var next = await Service<ProviderChoiceStep>().ChooseAsync(flow, choice, HttpContext.RequestAborted);
        if (next.Error is null && choice is not null)
        {
            Service<LastChoiceCookie>().Remember(Response, choice);
        }
        return Next(next);
    }

    /// <summary>"Forget my choice": deletes the remembered choice and shows the page again.</summary>
    public IActionResult OnPostForget()
    {
        Service<LastChoiceCookie>().Forget(Response);
        return Next(FlowNext.To(Service<FlowUrls>().Choose(FlowId ?? string.Empty)));
    }

    /// <summary>The link to another page of the same results.</summary>
    public string PageUrl(int page)
    {
        var query = new Dictionary<string, string?> { [FlowPaths.FlowParameter] = FlowId, ["q"] = Query, ["pref"] = Prefecture, ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        return QueryHelpers.AddQueryString("/" + FlowPaths.Choose, query.Where(q => !string.IsNullOrEmpty(q.Value)));
    }

    public string PrefectureUrl(RegionName prefecture)
        => QueryHelpers.AddQueryString("/" + FlowPaths.Choose, new Dictionary<string, string?> { [FlowPaths.FlowParameter] = FlowId, ["pref"] = prefecture.Code[..2] });
}
