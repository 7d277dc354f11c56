using System.Net;
using Hub.Gateway.Tests.EndToEnd.Infrastructure;
using Hub.TrustList.Loading;
using Hub.TrustList.Verification;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Gateway.Tests.Operations.TrustListBrowser;

/// <summary>The public trust-list browser, in both languages, over HTTP on a hub with a list of its own.</summary>
public sealed class TrustListBrowserTests(TrustListBrowserTests.HostFixture fixture) : IClassFixture<TrustListBrowserTests.HostFixture>
{
    private readonly OperationsHost _host = fixture.Host;

    [Fact]
    public async Task GetTrustList_Japanese_ShowsSequenceNextUpdateProvidersBrandsAndStatuses()
    {
        var page = await GetAsync("/trustlist");

        Assert.Contains("<html lang=\"ja\">", page, StringComparison.Ordinal);
        Assert.Contains("信頼リスト", page, StringComparison.Ordinal);
        Assert.Contains($"<dd id=\"sequence\">{_host.TrustList.Document.Sequence}</dd>", page, StringComparison.Ordinal);
        Assert.Contains(_host.TrustList.Document.NextUpdate.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture), page, StringComparison.Ordinal);
        foreach (var provider in _host.TrustList.Document.IdentityProviders)
        {
            Assert.Contains($"id=\"provider-{provider.Id}\"", page, StringComparison.Ordinal);
            Assert.Contains(provider.DisplayName.Ja, page, StringComparison.Ordinal);
        }
        Assert.Contains("id=\"brand-sakai-d\"", page, StringComparison.Ordinal);
        Assert.Contains("認定", page, StringComparison.Ordinal);
        Assert.Contains("/trustlist/raw", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTrustList_EachProvider_ShowsItsLevelRegionsConformanceRecordIfAnyAndStatusHistory()
    {
        var page = await GetAsync("/trustlist");

        foreach (var provider in _host.TrustList.Document.IdentityProviders)
        {
            var start = page.IndexOf($"id=\"provider-{provider.Id}\"", StringComparison.Ordinal);
            Assert.True(start >= 0, provider.Id);
            var end = page.IndexOf("id=\"provider-", start + 1, StringComparison.Ordinal);
            var card = end < 0 ? page[start..] : page[start..end];
            Assert.Contains($"<dd>{provider.MaxLoa}</dd>", card, StringComparison.Ordinal);
            Assert.All(provider.Regions, region => Assert.Contains($"({region.Code})", card, StringComparison.Ordinal));
            if (provider.Conformance is { } conformance)
            {
                Assert.Contains(conformance.ReportDigest, card, StringComparison.Ordinal);
            }
            Assert.All(provider.StatusHistory, change => Assert.Contains(
                $">{change.Since.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}</time>", card, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task GetTrustList_English_ShowsEnglishTexts()
    {
        var page = await GetAsync("/trustlist?lang=en");

        Assert.Contains("<html lang=\"en\">", page, StringComparison.Ordinal);
        Assert.Contains("Regional ID providers", page, StringComparison.Ordinal);
        Assert.Contains("accredited", page, StringComparison.Ordinal);
        Assert.Contains(_host.TrustList.Document.IdentityProviders[0].DisplayName.En, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTrustList_Searched_ListsOnlyMatchingProviders()
    {
        var page = await GetAsync("/trustlist?q=sakai");

        Assert.Contains("id=\"provider-mydoor-osaka\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"provider-mebuku\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetRelyingParties_ShowsClientIdsLevelsClaimsWithPurposesAndNoSecrets()
    {
        var page = await GetAsync("/trustlist/relying-parties?lang=en");

        var osaka = _host.TrustList.Document.RelyingParties.Single(r => r.ClientId == RelyingPartyClient.ClientId);
        Assert.Contains($"id=\"rp-{osaka.ClientId}\"", page, StringComparison.Ordinal);
        Assert.Contains(osaka.DisplayName.En, page, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(osaka.AllowedClaims[0].Purpose.En), page, StringComparison.Ordinal);
        Assert.Contains("Consent revocation endpoint", page, StringComparison.Ordinal);
        Assert.DoesNotContain("redirect", page, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task GetRaw_CurrentList_VerifiesWithTheCoordinatorAnchor()
    {
        using var response = await _host.Client.GetAsync(new Uri("/trustlist/raw", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var anchors = TrustAnchorSet.Resolve(new TrustListLoaderOptions { AnchorJwks = [_host.TrustList.AnchorJwk] });
        var verified = new TrustListVerifier(new TrustListVerifierOptions { Anchors = anchors }, TimeProvider.System).Verify(bytes);
        Assert.True(verified.IsSuccess, verified.Error?.ToString());
        Assert.Equal(_host.TrustList.Document.Sequence, verified.Value.Sequence);
        Assert.Equal($"\"{verified.Value.Digest}\"", response.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task GetDiff_AfterAProviderSuspension_ShowsTheStatusChange()
    {
        // A host of its own: this test publishes a new release.
        await using var host = await OperationsHost.StartAsync();
        Assert.Contains("has not accepted an earlier list", await GetAsync(host, "/trustlist/diff?lang=en"), StringComparison.Ordinal);
        var before = host.TrustList.Document.Sequence;
        host.TrustList.Publish(TrustListChanges.SuspendProvider("aizu-plus")(host.TrustList.Document));
        var refreshed = await host.Services.GetRequiredService<TrustListLoader>().RefreshAsync();
        Assert.True(refreshed.IsSuccess, refreshed.Error?.ToString());

        var page = await GetAsync(host, "/trustlist/diff?lang=en");

        Assert.Contains($"Changes from sequence {before} to {before + 1}", page, StringComparison.Ordinal);
        Assert.Contains(page.Split('\n'), l => l.Contains("aizu-plus", StringComparison.Ordinal) && l.Contains("accredited → suspended", StringComparison.Ordinal));
        Assert.Contains("data-status=\"suspended\"", await GetAsync(host, "/trustlist?q=aizu-plus"), StringComparison.Ordinal);
        Assert.Contains($"trustlist-{before + 1}.json", (await host.Client.GetAsync(new Uri("/trustlist/raw", UriKind.Relative))).Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
    }

    private Task<string> GetAsync(string path) => GetAsync(_host, path);

    private static async Task<string> GetAsync(OperationsHost host, string path)
    {
        using var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public sealed class HostFixture : IAsyncLifetime
    {
        public OperationsHost Host { get; private set; } = null!;

        public async Task InitializeAsync() => Host = await OperationsHost.StartAsync();

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }
}
