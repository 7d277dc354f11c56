using Hub.TrustList.Loading;
using Hub.TrustList.Tests.TestSupport;
using Hub.TrustList.Verification;

namespace Hub.TrustList.Tests.Loading;

/// <summary>A file source, and the cache: written only after verification, read (and verified again) at start.</summary>
public class TrustListLoaderFileTests
{
    private static readonly byte[] Good = SignedLists.Sign(TestTrustLists.Minimal(sequence: 100));

    private static string SourceIn(string directory) => Path.Combine(directory, "source.json");

    private static LoaderHarness HarnessWithFileSource(Action<TrustListLoaderOptions>? configure = null)
    {
        var placeholder = Path.Combine(Path.GetTempPath(), $"no-source-{Guid.NewGuid():N}.json");
        var harness = new LoaderHarness(placeholder, configure);
        return harness;
    }

    [Fact]
    public async Task StartAsync_FileSource_ListLoaded()
    {
        var directory = Directory.CreateTempSubdirectory("trustlist-file-").FullName;
        File.WriteAllBytes(SourceIn(directory), Good);
        await using var harness = new LoaderHarness(SourceIn(directory));

        await harness.Loader.StartAsync(CancellationToken.None);

        Assert.Equal(100, harness.Loader.Current?.Sequence);
        Assert.Equal(SourceIn(directory), Assert.Single(harness.Events).Origin);
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task StartAsync_RejectedFirstList_NothingCurrentAndNoCacheWritten()
    {
        var directory = Directory.CreateTempSubdirectory("trustlist-file-").FullName;
        File.WriteAllBytes(SourceIn(directory), SignedLists.Sign(TestTrustLists.Minimal(), TestKeys.Stranger));
        await using var harness = new LoaderHarness(SourceIn(directory));

        await harness.Loader.StartAsync(CancellationToken.None);

        Assert.Null(harness.Loader.Current);
        Assert.False(File.Exists(harness.CachePath));
        Assert.Equal(TrustListErrorCodes.UnknownKey, Assert.Single(harness.Events).Error?.Code);
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task StartAsync_MissingFile_SourceUnavailable()
    {
        await using var harness = new LoaderHarness(Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.json"));

        await harness.Loader.StartAsync(CancellationToken.None);

        Assert.Null(harness.Loader.Current);
        Assert.Equal(TrustListErrorCodes.SourceUnavailable, Assert.Single(harness.Events).Error?.Code);
    }

    [Fact]
    public async Task StartAsync_FileOverCap_TooLarge()
    {
        var directory = Directory.CreateTempSubdirectory("trustlist-file-").FullName;
        File.WriteAllBytes(SourceIn(directory), Good);
        await using var harness = new LoaderHarness(SourceIn(directory), o => o.MaxDocumentBytes = 1000);

        await harness.Loader.StartAsync(CancellationToken.None);

        Assert.Equal(TrustListErrorCodes.TooLarge, Assert.Single(harness.Events).Error?.Code);
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task StartAsync_CachedListAndSourceDown_CachedListServed()
    {
        await using var harness = HarnessWithFileSource();
        Directory.CreateDirectory(Path.GetDirectoryName(harness.CachePath)!);
        File.WriteAllBytes(harness.CachePath, Good);

        await harness.Loader.StartAsync(CancellationToken.None);

        Assert.Equal(100, harness.Loader.Current?.Sequence);
        Assert.Contains(harness.Events, e => e.Origin == TrustListLoader.CacheOrigin && e.Outcome == TrustListLoadOutcome.Accepted);
        Assert.Contains(harness.Events, e => e.Error?.Code == TrustListErrorCodes.SourceUnavailable);
    }

    [Fact]
    public async Task StartAsync_TamperedCache_RejectedAndSourceListUsed()
    {
        var directory = Directory.CreateTempSubdirectory("trustlist-file-").FullName;
        File.WriteAllBytes(SourceIn(directory), Good);
        await using var harness = new LoaderHarness(SourceIn(directory));
        Directory.CreateDirectory(Path.GetDirectoryName(harness.CachePath)!);
        var tampered = SignedLists.Tamper(SignedLists.Sign(TestTrustLists.Minimal(sequence: 500)), "\"max_loa\": \"B\"", "\"max_loa\": \"A\"");
        File.WriteAllBytes(harness.CachePath, tampered);

        await harness.Loader.StartAsync(CancellationToken.None);

        Assert.Contains(harness.Events, e => e.Origin == TrustListLoader.CacheOrigin && e.Error?.Code == TrustListErrorCodes.BadSignature);
        Assert.Equal(100, harness.Loader.Current?.Sequence);
        Assert.Equal(Good, File.ReadAllBytes(harness.CachePath));
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task StartAsync_SourceOlderThanCache_RollbackAndCachedListKept()
    {
        var directory = Directory.CreateTempSubdirectory("trustlist-file-").FullName;
        File.WriteAllBytes(SourceIn(directory), SignedLists.Sign(TestTrustLists.Minimal(sequence: 90)));
        await using var harness = new LoaderHarness(SourceIn(directory));
        Directory.CreateDirectory(Path.GetDirectoryName(harness.CachePath)!);
        File.WriteAllBytes(harness.CachePath, Good);

        await harness.Loader.StartAsync(CancellationToken.None);

        Assert.Equal(100, harness.Loader.Current?.Sequence);
        Assert.Contains(harness.Events, e => e.Error?.Code == TrustListErrorCodes.Rollback);
        Assert.Equal(Good, File.ReadAllBytes(harness.CachePath));
        Directory.Delete(directory, recursive: true);
    }
}
