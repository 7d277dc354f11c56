using System.Globalization;
using Hub.TrustList.Loading;
using Hub.TrustList.Lookup;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hub.Gateway.Pages.TrustList;

/// <summary>Shared by the browser's pages: the list in use, the language, and server-side search and paging of long lists.</summary>
public abstract class TrustListPageModel : PageModel
{
    public const int PageSize = 50;

    public static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "ja";

    public string? Query { get; protected set; }

    public int PageNumber { get; protected set; } = 1;

    public int PageCount { get; protected set; } = 1;

    public int Total { get; protected set; }

    /// <summary>The list in use; null (and the page answers 503) while none has been accepted yet.</summary>
    public TrustListSnapshot? Snapshot { get; private set; }

    /// <summary>Takes the current list for this request; false, with status 503, when there is none.</summary>
    protected bool TryTakeCurrent(ITrustListSource source)
    {
        Snapshot = source.Current;
        if (Snapshot is null)
        {
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return false;
        }
        return true;
    }

    /// <summary>The entries matching <paramref name="query"/> (any of the given texts contains it), one page of them.</summary>
    protected IReadOnlyList<T> Page<T>(IEnumerable<T> entries, string? query, int page, Func<T, IEnumerable<string>> texts)
    {
        Query = string.IsNullOrWhiteSpace(query) ? null : query.Trim();
        var matching = Query is null
            ? entries.ToList()
            : entries.Where(e => texts(e).Any(t => t.Contains(Query, StringComparison.OrdinalIgnoreCase))).ToList();
        Total = matching.Count;
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(page, 1, PageCount);
        return matching.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
    }
}
