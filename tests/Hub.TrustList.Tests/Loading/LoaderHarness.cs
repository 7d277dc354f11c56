using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Hub.TrustList.Loading;
using Hub.TrustList.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Hub.TrustList.Tests.Loading;

/// <summary>A loader wired as a host would wire it (AddTrustList), with a fake clock, a temp cache and a metrics listener.</summary>
internal sealed class LoaderHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly MeterListener _listener = new();

    public LoaderHarness(string source, Action<TrustListLoaderOptions>? configure = null)
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("trustlist-loader-").FullName;
        CachePath = Path.Combine(Directory, "cache", "trustlist.json");
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddTrustList(options =>
        {
            options.Source = source;
            options.CachePath = CachePath;
            options.AnchorJwks = [TestKeys.Coordinator.PublicAnchor.ToJwk()];
            options.FetchTimeout = TimeSpan.FromSeconds(20);
            configure?.Invoke(options);
        });
        _services = services.BuildServiceProvider();
        Loader = _services.GetRequiredService<TrustListLoader>();
        Loader.Loaded += (_, e) => Events.Add(e);
        var factory = _services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Scope == factory)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var code = tags.ToArray().FirstOrDefault(t => t.Key is "code" or "origin").Value;
            Measurements.Add((instrument.Name, value, code?.ToString()));
        });
        _listener.Start();
    }

    public FakeTimeProvider Clock { get; } = Verifiers.Clock();

    public string Directory { get; }

    public string CachePath { get; }

    public TrustListLoader Loader { get; }

    public ConcurrentBag<TrustListLoadEvent> Events { get; } = [];

    public ConcurrentBag<(string Instrument, long Value, string? Tag)> Measurements { get; } = [];

    public IServiceProvider Services => _services;

    public long? ObservedSequence()
    {
        _listener.RecordObservableInstruments();
        return Measurements.Where(m => m.Instrument == "hub.trustlist.sequence").Select(m => (long?)m.Value).LastOrDefault();
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Dispose();
        await Loader.StopAsync(CancellationToken.None);
        await _services.DisposeAsync();
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
