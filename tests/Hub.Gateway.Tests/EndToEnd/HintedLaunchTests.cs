using System.Collections.Concurrent;
using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Stores.InMemory;
using Hub.Gateway.Tests.EndToEnd.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hub.Gateway.Tests.EndToEnd;

/// <summary>
/// With a usable <c>idp_hint</c> the new flow and the correlation the provider will echo are written together, not
/// one after the other (one round trip to a shared store); a flow id that turns out to be taken leaves no
/// correlation behind that could lead to the other flow.
/// </summary>
public sealed class HintedLaunchTests : IAsyncLifetime
{
    private TestFederation _federation = null!;
    private readonly GatedFlowStore.Gate _gate = new();
    private readonly RecordingCorrelationIndex.Log _correlations = new();

    public async Task InitializeAsync() => _federation = await TestFederation.StartAsync(services: services =>
    {
        services.RemoveAll<IFlowStateStore>();
        services.AddSingleton<IFlowStateStore>(provider => new GatedFlowStore(new InMemoryFlowStateStore(provider.GetRequiredService<TimeProvider>()), _gate));
        services.RemoveAll<ICorrelationIndex>();
        services.AddSingleton<ICorrelationIndex>(provider => new RecordingCorrelationIndex(new InMemoryCorrelationIndex(provider.GetRequiredService<TimeProvider>()), _correlations, _gate));
    });

    public async Task DisposeAsync() => await _federation.DisposeAsync();

    [Theory]
    [InlineData("aizu-plus", "yuki")]
    [InlineData("mebuku", "taro")]
    public async Task Authorize_WithHint_FlowCreatedWhileTheCorrelationIsWrittenAndTheLoginCompletes(string provider, string user)
    {
        _gate.CreateWaitsForCorrelation = true;
        using var browser = _federation.CreateBrowser();
        var rp = _federation.CreateRelyingParty();

        var end = await new FederationLogin { User = user, Password = user + "-demo" }.RunAsync(browser, rp.AuthorizeUrl(idpHint: provider));

        Assert.True(rp.Callback(end).ContainsKey("code"), end.ToString());
        Assert.True(_gate.CreatesThatSawTheCorrelation > 0);
    }

    [Fact]
    public async Task Authorize_WithHintAndTheFlowIdTaken_ServerErrorAtTheRpAndNoCorrelationLeft()
    {
        _gate.RefuseCreates = true;
        using var browser = _federation.CreateBrowser();
        var rp = _federation.CreateRelyingParty();

        var answer = await browser.GetAsync(rp.AuthorizeUrl(idpHint: "aizu-plus"));

        Assert.True(answer.IsRedirect && RelyingPartyClient.IsCallback(answer.Location!), answer.ToString());
        Assert.Equal("server_error", QueryHelpers.ParseQuery(answer.Location!.Query)["error"]);
        var added = Assert.Single(_correlations.Added);
        Assert.Contains(added, _correlations.Taken);
        Assert.Null(await _federation.Services.GetRequiredService<ICorrelationIndex>().TryTakeAsync(added));
    }

    /// <summary>A flow store that can refuse every create (an id already taken) or hold a create until a correlation was written.</summary>
    private sealed class GatedFlowStore(IFlowStateStore inner, GatedFlowStore.Gate gate) : IFlowStateStore
    {
        public sealed class Gate
        {
            public bool RefuseCreates { get; set; }

            public bool CreateWaitsForCorrelation { get; set; }

            public int CreatesThatSawTheCorrelation;

            public TaskCompletionSource CorrelationWritten { get; set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        public async Task<bool> TryCreateAsync<T>(string flowId, T state, TimeSpan timeToLive, CancellationToken cancellationToken = default)
        {
            if (gate.RefuseCreates)
            {
                return false;
            }
            if (gate.CreateWaitsForCorrelation)
            {
                // A launch that wrote the flow first and the correlation after it would wait here for good.
                await gate.CorrelationWritten.Task.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
                gate.CorrelationWritten = new(TaskCreationOptions.RunContinuationsAsynchronously);
                Interlocked.Increment(ref gate.CreatesThatSawTheCorrelation);
            }
            return await inner.TryCreateAsync(flowId, state, timeToLive, cancellationToken);
        }

        public Task<Versioned<T>?> GetAsync<T>(string flowId, CancellationToken cancellationToken = default) => inner.GetAsync<T>(flowId, cancellationToken);

        public Task<UpdateOutcome> TryUpdateAsync<T>(string flowId, long expectedVersion, T state, TimeSpan? newTimeToLive = null, CancellationToken cancellationToken = default)
            => inner.TryUpdateAsync(flowId, expectedVersion, state, newTimeToLive, cancellationToken);

        public Task<bool> DeleteAsync(string flowId, CancellationToken cancellationToken = default) => inner.DeleteAsync(flowId, cancellationToken);

        public Task<bool> TryDeleteAsync(string flowId, long expectedVersion, CancellationToken cancellationToken = default)
            => inner.TryDeleteAsync(flowId, expectedVersion, cancellationToken);
    }

    private sealed class RecordingCorrelationIndex(ICorrelationIndex inner, RecordingCorrelationIndex.Log log, GatedFlowStore.Gate gate) : ICorrelationIndex
    {
        public sealed class Log
        {
            public ConcurrentBag<string> Added { get; } = [];

            public ConcurrentBag<string> Taken { get; } = [];
        }

        public async Task<bool> TryAddAsync(string correlation, string flowId, TimeSpan timeToLive, CancellationToken cancellationToken = default)
        {
            var added = await inner.TryAddAsync(correlation, flowId, timeToLive, cancellationToken);
            log.Added.Add(correlation);
            gate.CorrelationWritten.TrySetResult();
            return added;
        }

        public Task<string?> TryTakeAsync(string correlation, CancellationToken cancellationToken = default)
        {
            log.Taken.Add(correlation);
            return inner.TryTakeAsync(correlation, cancellationToken);
        }
    }
}
