using System.Diagnostics.Metrics;
using Hub.TrustList.Common;
using Hub.TrustList.Lookup;
using Hub.TrustList.Verification;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.TrustList.Loading;

/// <summary>
/// Keeps the current verified trust list. At start it loads the cached copy (verified again), then the source;
/// afterwards it reads the source every <see cref="TrustListLoaderOptions.RefreshInterval"/>. A new list replaces the
/// current one only after full verification, with a sequence above the current one; the cache is rewritten only
/// then, just before the atomic swap. A rejected list changes nothing but the event, the metric and one log line.
/// A cached list that has expired is not served, but its sequence is still the floor below which no list is taken.
/// </summary>
public sealed class TrustListLoader : BackgroundService, ITrustListSource, ITrustListRawSource
{
    public const string CacheOrigin = "cache";

    private readonly TrustListLoaderOptions _options;
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly TimeProvider _time;
    private readonly ILogger<TrustListLoader> _logger;
    private readonly TrustListMetrics _metrics;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly TrustListCache _cache;
    private readonly bool _privateCache;
    private readonly TrustListCopies _copies;
    private TrustListVerifier? _verifier;
    private TrustListFetcher? _fetcher;
    private TrustListSnapshot? _current;
    private long? _rollbackFloor;

    public TrustListLoader(
        IOptions<TrustListLoaderOptions> options,
        IHttpClientFactory httpClientFactory,
        TimeProvider time,
        ILogger<TrustListLoader> logger,
        IMeterFactory meterFactory)
    {
        _options = options.Value;
        _httpClientFactory = httpClientFactory;
        _time = time;
        _logger = logger;
        _metrics = new TrustListMetrics(meterFactory, () => Current?.Sequence);
        // Without a configured cache the last verified copy is still kept, in a file of this process alone, so that
        // the signed bytes can be served (ITrustListRawSource) without holding them in memory. It is never read at
        // start (its name is new) and is deleted when the loader is disposed.
        _privateCache = string.IsNullOrWhiteSpace(_options.CachePath);
        _cache = new TrustListCache(_privateCache
            ? Path.Combine(Path.GetTempPath(), $"hub-trustlist.{Environment.ProcessId}.{Guid.NewGuid():N}.json")
            : _options.CachePath!);
        _copies = new TrustListCopies(_cache, logger);
    }

    /// <inheritdoc />
    public TrustListSnapshot? Current => Volatile.Read(ref _current);

    /// <summary>Raised after every verdict: a list accepted, or a list refused (or not fetched).</summary>
    public event EventHandler<TrustListLoadEvent>? Loaded;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        LoadCache();
        await RefreshAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    /// <summary>Reads the source once and accepts the list if it verifies. Returns the outcome of this attempt.</summary>
    public async Task<Result<TrustListSnapshot, TrustListError>> RefreshAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var (verifier, fetcher) = Components();
            var origin = fetcher.Origin;
            var copy = _copies.NewPath();
            try
            {
                var fetched = await fetcher.FetchAsync(copy, cancellationToken);
                if (!fetched.IsSuccess)
                {
                    return Reject(origin, fetched.Error!);
                }
                var current = Current;
                if (current is not null && current.Length == fetched.Value.Length && current.Digest == fetched.Value.Digest)
                {
                    TrustListLoaderLog.Unchanged(_logger, origin, current.Sequence);
                    return Result<TrustListSnapshot, TrustListError>.Ok(current);
                }
                var verified = verifier.VerifyFile(copy, current?.Sequence ?? _rollbackFloor);
                if (!verified.IsSuccess)
                {
                    return Reject(origin, verified.Error!);
                }
                // The verified copy becomes the cache before it becomes current: the cache serves the current bytes.
                _copies.Keep(copy);
                Accept(origin, verified.Value);
                return verified;
            }
            finally
            {
                File.Delete(copy);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.RefreshInterval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RefreshAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    public override void Dispose()
    {
        _gate.Dispose();
        if (_privateCache)
        {
            try
            {
                File.Delete(_cache.Path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                TrustListLoaderLog.CacheWriteFailed(_logger, _cache.Path, e);
            }
        }
        base.Dispose();
    }

    /// <inheritdoc />
    public async Task<SignedTrustListContent?> OpenCurrentAsync(CancellationToken cancellationToken = default)
    {
        if (Current is not { } snapshot)
        {
            return null;
        }
        var content = await _cache.OpenMatchingAsync(snapshot.Digest, snapshot.Length, cancellationToken);
        if (content is null)
        {
            TrustListLoaderLog.CacheMismatch(_logger, _cache.Path, snapshot.Sequence);
            return null;
        }
        return new SignedTrustListContent(content, snapshot.Sequence, snapshot.Digest, snapshot.Length);
    }

    /// <summary>
    /// Serves the cached copy if it verifies. One that fails only because it expired is not served, but its
    /// sequence becomes the rollback floor: an older list from the source must not be taken after a restart.
    /// </summary>
    private void LoadCache()
    {
        if (_privateCache || !_cache.Exists)
        {
            return;
        }
        var verified = _cache.VerifyAllButFreshness(Components().Verifier);
        if (!verified.IsSuccess)
        {
            Reject(CacheOrigin, verified.Error!);
            return;
        }
        var (snapshot, stale) = verified.Value;
        if (stale is null)
        {
            Accept(CacheOrigin, snapshot);
            return;
        }
        if (stale.Code == TrustListErrorCodes.Expired)
        {
            _rollbackFloor = snapshot.Sequence;
            TrustListLoaderLog.ExpiredCacheFloor(_logger, snapshot.Sequence);
        }
        Reject(CacheOrigin, stale);
    }

    private (TrustListVerifier Verifier, TrustListFetcher Fetcher) Components()
    {
        if (_verifier is null || _fetcher is null)
        {
            var location = TrustListSourceLocation.Parse(_options.Source).Location
                ?? throw new InvalidOperationException("TrustList:Source is not usable; the options validator should have stopped the host.");
            _verifier = new TrustListVerifier(
                new TrustListVerifierOptions
                {
                    Anchors = TrustAnchorSet.Resolve(_options),
                    MaxValidity = _options.MaxValidity,
                    MaxDocumentBytes = _options.MaxDocumentBytes,
                    ClockSkew = _options.ClockSkew,
                },
                _time);
            _fetcher = new TrustListFetcher(_httpClientFactory, location, _options.MaxDocumentBytes, _options.FetchTimeout);
        }
        return (_verifier, _fetcher);
    }

    private void Accept(string origin, TrustListSnapshot snapshot)
    {
        Interlocked.Exchange(ref _current, snapshot);
        TrustListLoaderLog.Accepted(_logger, origin, snapshot.Sequence, snapshot.NextUpdate);
        _metrics.Accepted(origin);
        Loaded?.Invoke(this, new TrustListLoadEvent(TrustListLoadOutcome.Accepted, origin, snapshot.Sequence, null));
    }

    private TrustListError Reject(string origin, TrustListError error)
    {
        TrustListLoaderLog.Rejected(_logger, origin, error.Code, error.Message);
        _metrics.Rejected(error.Code);
        Loaded?.Invoke(this, new TrustListLoadEvent(TrustListLoadOutcome.Rejected, origin, null, error));
        return error;
    }
}
