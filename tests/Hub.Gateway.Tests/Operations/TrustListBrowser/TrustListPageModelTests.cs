using Hub.Gateway.Pages.TrustList;

namespace Hub.Gateway.Tests.Operations.TrustListBrowser;

/// <summary>Server-side search and paging, as 2,000 providers need.</summary>
public sealed class TrustListPageModelTests
{
    private static readonly string[] Providers = [.. Enumerable.Range(1, 2000).Select(i => $"provider-{i:D4}")];

    [Fact]
    public void Page_SecondPageOf2000_ReturnsTheNextFiftyAndCountsThePages()
    {
        var model = new Paged();

        var page = model.Run(Providers, null, 2);

        Assert.Equal(Providers[50..100], page);
        Assert.Equal((2000, 40, 2), (model.Total, model.PageCount, model.PageNumber));
    }

    [Fact]
    public void Page_QueryAndPageBeyondTheEnd_FiltersThenClampsToTheLastPage()
    {
        var model = new Paged();

        var page = model.Run(Providers, " provider-19 ", 99);

        Assert.Equal([.. Providers.Where(p => p.StartsWith("provider-19", StringComparison.Ordinal)).Skip(50)], page);
        Assert.Equal((100, 2, 2, "provider-19"), (model.Total, model.PageCount, model.PageNumber, model.Query));
    }

    private sealed class Paged : TrustListPageModel
    {
        public IReadOnlyList<string> Run(IEnumerable<string> entries, string? query, int page) => Page(entries, query, page, e => [e]);
    }
}
