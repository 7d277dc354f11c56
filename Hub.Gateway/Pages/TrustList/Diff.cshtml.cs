using Hub.Gateway.Operations.TrustListBrowser;
using Hub.TrustList.Cli.Display;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hub.Gateway.Pages.TrustList;

/// <summary>
/// <c>/trustlist/diff</c>: what changed between the previous accepted list and the current one (providers, brands
/// and RPs added, removed or changed: status, levels, keys, endpoints), from the coordinator CLI's diff.
/// </summary>
public sealed class DiffModel(TrustListHistory history) : PageModel
{
    public long? FromSequence { get; private set; }

    public long? ToSequence { get; private set; }

    public IReadOnlyList<string> Changes { get; private set; } = [];

    public void OnGet()
    {
        var (previous, current) = history.Latest;
        if (previous is null || current is null)
        {
            return;
        }
        FromSequence = previous.Sequence;
        ToSequence = current.Sequence;
        Changes = TrustListDiff.Describe(previous.Document, current.Document, TrustListPageModel.Language);
    }
}
