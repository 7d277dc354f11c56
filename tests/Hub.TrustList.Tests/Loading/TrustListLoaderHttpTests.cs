using Hub.TrustList.Loading;
using Hub.TrustList.Tests.TestSupport;
using Hub.TrustList.Verification;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Hub.TrustList.Tests.Loading;

/// <summary>The loader against a real local HTTP server (WireMock.Net on loopback).</summary>
public sealed class TrustListLoaderHttpTests : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start();
    private static readonly byte[] Good = SignedLists.Sign(TestTrustLists.Minimal(sequence: 100));

    private string Url => _server.Urls[0] + "/trustlist.json";

    private void Serve(byte[] body, int status = 200)
    {
        _server.ResetMappings();
        _server.Given(Request.Create().WithPath("/trustlist.json").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(status).WithBody(body));
    }

    public void Dispose() => _server.Stop();

    [Fact]
    public async Task StartAsync_GoodList_CurrentEventMetricAndCache()
    {
        Serve(Good);
        await using var harness = new LoaderHarness(Url);

        await harness.Loader.StartAsync(CancellationToken.None);

        Assert.Equal(100, harness.Loader.Current?.Sequence);
        var accepted = Assert.Single(harness.Events);
        Assert.Equal(TrustListLoadOutcome.Accepted, accepted.Outcome);
        Assert.Equal(Good, File.ReadAllBytes(harness.CachePath));
        Assert.Contains(harness.Measurements, m => m.Instrument == "hub.trustlist.accepted" && m.Value == 1);
        Assert.Equal(100, harness.ObservedSequence());
    }

    [Fact]
    public async Task RefreshAsync_TamperedList_RejectedAndOldListAndCacheKept()
    {
        Serve(Good);
        await using var harness = new LoaderHarness(Url);
        await harness.Loader.StartAsync(CancellationToken.None);
        var before = harness.Loader.Current;

        var next = SignedLists.Sign(TestTrustLists.Minimal(sequence: 101));
        Serve(SignedLists.Tamper(next, "https://kosodate.osaka.example/callback", "https://attacker.example/callback"));
        var result = await harness.Loader.RefreshAsync();

        Assert.Equal(TrustListErrorCodes.BadSignature, result.Error?.Code);
        Assert.Same(before, harness.Loader.Current);
        Assert.Equal(Good, File.ReadAllBytes(harness.CachePath));
        Assert.Contains(harness.Events, e => e.Outcome == TrustListLoadOutcome.Rejected && e.Error?.Code == TrustListErrorCodes.BadSignature);
        Assert.Contains(harness.Measurements, m => m.Instrument == "hub.trustlist.rejected" && m.Tag == TrustListErrorCodes.BadSignature);
    }

    [Fact]
    public async Task RefreshAsync_NewerList_SwappedAndPersisted()
    {
        Serve(Good);
        await using var harness = new LoaderHarness(Url);
        await harness.Loader.StartAsync(CancellationToken.None);

        var next = SignedLists.Sign(TestTrustLists.Minimal(sequence: 101));
        Serve(next);
        var result = await harness.Loader.RefreshAsync();

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal(101, harness.Loader.Current?.Sequence);
        Assert.Equal(next, File.ReadAllBytes(harness.CachePath));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(harness.CachePath)!, "*.tmp"));
    }

    [Fact]
    public async Task RefreshAsync_OlderList_RollbackAndOldListKept()
    {
        Serve(Good);
        await using var harness = new LoaderHarness(Url);
        await harness.Loader.StartAsync(CancellationToken.None);

        Serve(SignedLists.Sign(TestTrustLists.Minimal(sequence: 99)));
        var result = await harness.Loader.RefreshAsync();

        Assert.Equal(TrustListErrorCodes.Rollback, result.Error?.Code);
        Assert.Equal(100, harness.Loader.Current?.Sequence);
        Assert.Equal(Good, File.ReadAllBytes(harness.CachePath));
    }

    [Fact]
    public async Task RefreshAsync_SameBytesAgain_UnchangedWithoutEvent()
    {
        Serve(Good);
        await using var harness = new LoaderHarness(Url);
        await harness.Loader.StartAsync(CancellationToken.None);

        var result = await harness.Loader.RefreshAsync();

        Assert.Same(harness.Loader.Current, result.Value);
        Assert.Single(harness.Events);
    }

    [Fact]
    public async Task RefreshAsync_BodyOverCap_TooLargeAndOldListKept()
    {
        Serve(Good);
        await using var harness = new LoaderHarness(Url, o => o.MaxDocumentBytes = Good.Length + 10);
        await harness.Loader.StartAsync(CancellationToken.None);

        Serve(new byte[Good.Length + 11]);
        var result = await harness.Loader.RefreshAsync();

        Assert.Equal(TrustListErrorCodes.TooLarge, result.Error?.Code);
        Assert.Equal(100, harness.Loader.Current?.Sequence);
    }

    [Fact]
    public async Task RefreshAsync_NotFound_SourceUnavailable()
    {
        Serve(Good);
        await using var harness = new LoaderHarness(Url);
        await harness.Loader.StartAsync(CancellationToken.None);

        Serve([], status: 404);
        var result = await harness.Loader.RefreshAsync();

        Assert.Equal(TrustListErrorCodes.SourceUnavailable, result.Error?.Code);
        Assert.Equal(100, harness.Loader.Current?.Sequence);
    }

    [Fact]
    public async Task ExecuteAsync_RefreshIntervalElapses_NewListLoaded()
    {
        Serve(Good);
        await using var harness = new LoaderHarness(Url, o => o.RefreshInterval = TimeSpan.FromMinutes(10));
        var accepted = new TaskCompletionSource<TrustListLoadEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Loader.Loaded += (_, e) =>
        {
            if (e.Sequence == 101)
            {
                accepted.TrySetResult(e);
            }
        };
        await harness.Loader.StartAsync(CancellationToken.None);
        Serve(SignedLists.Sign(TestTrustLists.Minimal(sequence: 101)));

        // The timer is created when the background loop starts; advance until it has ticked.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!accepted.Task.IsCompleted && DateTime.UtcNow < deadline)
        {
            harness.Clock.Advance(TimeSpan.FromMinutes(10));
            await Task.WhenAny(accepted.Task, Task.Delay(100));
        }

        Assert.True(accepted.Task.IsCompleted, "The periodic refresh did not load the new list.");
        Assert.Equal(101, harness.Loader.Current?.Sequence);
    }
}
