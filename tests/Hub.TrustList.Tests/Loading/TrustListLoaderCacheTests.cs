using Hub.TrustList.Loading;
using Hub.TrustList.Lookup;
using Hub.TrustList.Tests.TestSupport;
using Hub.TrustList.Verification;

namespace Hub.TrustList.Tests.Loading;

/// <summary>
/// The cache beyond serving a good list at start: an expired cached list still sets the rollback floor, and the
/// current signed bytes are served from the cache file, checked against the snapshot's digest.
/// </summary>
public sealed class TrustListLoaderCacheTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("trustlist-cache-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Source => Path.Combine(_directory, "source.json");

    /// <summary>The clock of the expiry tests: 41 days after the test lists' issued_at.</summary>
    private static readonly DateTimeOffset Later = TestTrustLists.IssuedAt.AddDays(41);

    /// <summary>A list valid for <paramref name="validityDays"/> from the test lists' issued_at: expired at <see cref="Later"/>.</summary>
    private static byte[] Expired(long sequence, int validityDays = 30)
        => SignedLists.Sign(TestTrustLists.Minimal(sequence) with { NextUpdate = TestTrustLists.IssuedAt.AddDays(validityDays) });

    /// <summary>A list fresh at <see cref="Later"/>.</summary>
    private static byte[] Fresh(long sequence)
        => SignedLists.Sign(TestTrustLists.Minimal(sequence) with { IssuedAt = Later.AddDays(-1), NextUpdate = Later.AddDays(29) });

    private LoaderHarness LaterHarness()
    {
        var harness = new LoaderHarness(Source);
        harness.Clock.SetUtcNow(Later);
        return harness;
    }

    private static void WriteCache(LoaderHarness harness, byte[] json)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(harness.CachePath)!);
        File.WriteAllBytes(harness.CachePath, json);
    }

    [Fact]
    public async Task StartAsync_ExpiredCacheAndOlderSource_NeitherServed()
    {
        File.WriteAllBytes(Source, Fresh(sequence: 90));
        await using var harness = LaterHarness();
        WriteCache(harness, Expired(sequence: 100));

        await harness.Loader.StartAsync(CancellationToken.None);

        Assert.Null(harness.Loader.Current);
        Assert.Contains(harness.Events, e => e.Origin == TrustListLoader.CacheOrigin && e.Error?.Code == TrustListErrorCodes.Expired);
        var rollback = Assert.Single(harness.Events, e => e.Origin == Source);
        Assert.Equal(TrustListErrorCodes.Rollback, rollback.Error?.Code);
        Assert.Contains("last accepted 100", rollback.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_ExpiredCacheAndNewerSource_SourceServedAndCached()
    {
        var newer = Fresh(sequence: 101);
        File.WriteAllBytes(Source, newer);
        await using var harness = LaterHarness();
        WriteCache(harness, Expired(sequence: 100));

        await harness.Loader.StartAsync(CancellationToken.None);

        Assert.Equal(101, harness.Loader.Current?.Sequence);
        Assert.Equal(newer, File.ReadAllBytes(harness.CachePath));
    }

    [Fact]
    public async Task StartAsync_ExpiredCacheThatIsAlsoTooLong_NoFloor()
    {
        File.WriteAllBytes(Source, Fresh(sequence: 90));
        await using var harness = LaterHarness();
        WriteCache(harness, Expired(sequence: 100, validityDays: 36));

        await harness.Loader.StartAsync(CancellationToken.None);

        Assert.Contains(harness.Events, e => e.Origin == TrustListLoader.CacheOrigin && e.Error?.Code == TrustListErrorCodes.ValidityTooLong);
        Assert.Equal(90, harness.Loader.Current?.Sequence);
    }

    [Fact]
    public async Task StartAsync_ExpiredCacheWithBadSignature_NoFloor()
    {
        File.WriteAllBytes(Source, Fresh(sequence: 90));
        await using var harness = LaterHarness();
        WriteCache(harness, SignedLists.Tamper(Expired(sequence: 100), "\"max_loa\": \"B\"", "\"max_loa\": \"A\""));

        await harness.Loader.StartAsync(CancellationToken.None);

        Assert.Contains(harness.Events, e => e.Origin == TrustListLoader.CacheOrigin && e.Error?.Code == TrustListErrorCodes.BadSignature);
        Assert.Equal(90, harness.Loader.Current?.Sequence);
    }

    [Fact]
    public async Task OpenCurrentAsync_ListAccepted_TheSignedBytesWithTheirDigest()
    {
        var json = SignedLists.Sign(TestTrustLists.Minimal());
        File.WriteAllBytes(Source, json);
        await using var harness = new LoaderHarness(Source);
        await harness.Loader.StartAsync(CancellationToken.None);

        await using var content = await harness.Loader.OpenCurrentAsync();

        Assert.NotNull(content);
        using var copy = new MemoryStream();
        await content.Content.CopyToAsync(copy);
        Assert.Equal(json, copy.ToArray());
        Assert.Equal(TrustListDigest.Compute(json), content.Digest);
        Assert.Equal(harness.Loader.Current!.Digest, content.Digest);
        Assert.Equal((100L, (long)json.Length), (content.Sequence, content.Length));
    }

    [Fact]
    public async Task OpenCurrentAsync_CacheFileChangedBehindTheLoader_Null()
    {
        File.WriteAllBytes(Source, SignedLists.Sign(TestTrustLists.Minimal()));
        await using var harness = new LoaderHarness(Source);
        await harness.Loader.StartAsync(CancellationToken.None);
        File.WriteAllBytes(harness.CachePath, SignedLists.Sign(TestTrustLists.Minimal(sequence: 101)));

        Assert.Null(await harness.Loader.OpenCurrentAsync());
    }

    [Fact]
    public async Task OpenCurrentAsync_NoCachePath_ServedFromAPrivateFileDeletedOnDispose()
    {
        var json = SignedLists.Sign(TestTrustLists.Minimal());
        File.WriteAllBytes(Source, json);
        var harness = new LoaderHarness(Source, o => o.CachePath = null);
        string privateFile;
        try
        {
            await harness.Loader.StartAsync(CancellationToken.None);

            await using var content = await harness.Loader.OpenCurrentAsync();

            Assert.NotNull(content);
            privateFile = Assert.IsType<FileStream>(content.Content).Name;
            Assert.StartsWith(Path.GetTempPath(), privateFile, StringComparison.Ordinal);
            using var copy = new MemoryStream();
            await content.Content.CopyToAsync(copy);
            Assert.Equal(json, copy.ToArray());
            Assert.False(File.Exists(harness.CachePath));
        }
        finally
        {
            await harness.DisposeAsync();
        }

        Assert.False(File.Exists(privateFile));
    }

    [Fact]
    public async Task OpenCurrentAsync_NothingAccepted_Null()
    {
        await using var harness = new LoaderHarness(Source);
        await harness.Loader.StartAsync(CancellationToken.None);

        Assert.Null(await harness.Loader.OpenCurrentAsync());
    }

    [Fact]
    public async Task RefreshAsync_RejectedList_NoCopyLeftBehind()
    {
        File.WriteAllBytes(Source, SignedLists.Sign(TestTrustLists.Minimal(), TestKeys.Stranger));
        await using var harness = new LoaderHarness(Source);

        await harness.Loader.StartAsync(CancellationToken.None);

        var cacheDirectory = Path.GetDirectoryName(harness.CachePath)!;
        Assert.Empty(Directory.Exists(cacheDirectory) ? Directory.GetFiles(cacheDirectory) : []);
    }
}
