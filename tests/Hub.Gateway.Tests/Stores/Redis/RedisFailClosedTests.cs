using System.Diagnostics;
using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Stores.Redis;
using Hub.Gateway.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace Hub.Gateway.Tests.Stores.Redis;

/// <summary>
/// With Redis gone, every store operation fails with <see cref="StoreUnavailableException"/> within seconds and none
/// pretends to succeed; when Redis comes back, the same connection recovers. Each test runs its own redis-server,
/// which it kills. (In the Redis collection so that it does not run beside the other Redis tests.)
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class RedisFailClosedTests : IAsyncLifetime
{
    private static readonly TimeSpan Quickly = TimeSpan.FromSeconds(5);
    private RedisServerProcess _server = null!;
    private IConnectionMultiplexer _multiplexer = null!;
    private RedisTestStores _stores = null!;

    public async Task InitializeAsync()
    {
        _server = await RedisServerProcess.StartAsync();
        _multiplexer = await ConnectionMultiplexer.ConnectAsync(_server.FastFailConnectionString);
        _stores = new RedisTestStores(_multiplexer, _multiplexer);
    }

    public async Task DisposeAsync()
    {
        await _multiplexer.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task EveryOperation_RedisKilled_ThrowsStoreUnavailableWithinSeconds()
    {
        var flows = new RedisFlowStateStore(_stores.A);
        Assert.True(await flows.TryCreateAsync("flow-1", 1, TimeSpan.FromMinutes(1)));
        await _server.StopAsync();

        var stopwatch = Stopwatch.StartNew();
        var failures = await Task.WhenAll(Operations(_stores.A).Select(async op =>
            (op.Name, Error: await Record.ExceptionAsync(op.Run))));
        stopwatch.Stop();

        Assert.All(failures, f => Assert.True(f.Error is StoreUnavailableException, $"{f.Name}: {f.Error?.GetType().Name ?? "succeeded"}"));
        Assert.InRange(stopwatch.Elapsed, TimeSpan.Zero, Quickly);
    }

    [Fact]
    public async Task IsReachableAsync_RedisKilledThenRestarted_GoesFalseThenTrueOnTheSameConnection()
    {
        var health = new RedisStoreHealth(_stores.A);
        Assert.True(await health.IsReachableAsync());

        await _server.StopAsync();
        Assert.False(await health.IsReachableAsync());

        await _server.RestartAsync();
        Assert.True(await EventuallyAsync(() => health.IsReachableAsync()));
    }

    [Fact]
    public async Task TryRedeemAsync_RedisRestarted_SameMultiplexerRecoversWithoutARestart()
    {
        var codes = new RedisAuthorizationCodeStore(_stores.A);
        await _server.StopAsync();
        await Assert.ThrowsAsync<StoreUnavailableException>(() => codes.TryRedeemAsync<int>("code-1"));

        await _server.RestartAsync();

        Assert.True(await EventuallyAsync(async () =>
        {
            try
            {
                return await codes.TryStoreAsync("code-1", 42, new CodeOwner("s", "c"), TimeSpan.FromMinutes(1));
            }
            catch (StoreUnavailableException)
            {
                return false;
            }
        }));
        Assert.Equal(42, (await codes.TryRedeemAsync<int>("code-1")).Data);
    }

    [Fact]
    public async Task Operations_NothingListeningOnThePort_ThrowStoreUnavailable()
    {
        await _server.StopAsync();
        await using var unconnected = await ConnectionMultiplexer.ConnectAsync(_server.FastFailConnectionString);
        var stores = new RedisTestStores(unconnected, unconnected);

        var stopwatch = Stopwatch.StartNew();
        await Assert.ThrowsAsync<StoreUnavailableException>(() => new RedisFlowStateStore(stores.A).GetAsync<int>("flow-1"));
        await Assert.ThrowsAsync<StoreUnavailableException>(() =>
            new RedisReplayCache(stores.A).TryAddAsync("jti", DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None));
        Assert.False(await new RedisStoreHealth(stores.A).IsReachableAsync());

        Assert.InRange(stopwatch.Elapsed, TimeSpan.Zero, Quickly);
    }

    private static IEnumerable<(string Name, Func<Task> Run)> Operations(RedisStoreContext context)
    {
        var flows = new RedisFlowStateStore(context);
        var correlations = new RedisCorrelationIndex(context);
        var codes = new RedisAuthorizationCodeStore(context);
        var replay = new RedisReplayCache(context);
        var consents = new RedisConsentStore(context, NullLogger<RedisConsentStore>.Instance);
        var revocations = new RedisTokenRevocationStore(context);
        var audit = new RedisAuditLog(context, NullLogger<RedisAuditLog>.Instance);
        var keys = new RedisHubKeyStore(context);
        var decision = new ConsentDecision("s", "p", "c", ConsentAction.Granted, ["name"], new Dictionary<string, string>());
        var release = new DataReleaseRecord(DateTimeOffset.UtcNow, "c", "p", null, "s", ["name"], "r", Hub.TrustList.Model.LevelOfAssurance.B);
        var keySet = new HubKeySet([]);
        return
        [
            ("flow-create", () => flows.TryCreateAsync("f", 1, TimeSpan.FromMinutes(1))),
            ("flow-get", () => flows.GetAsync<int>("flow-1")),
            ("flow-update", () => flows.TryUpdateAsync("flow-1", 1, 2)),
            ("flow-delete", () => flows.DeleteAsync("flow-1")),
            ("correlation-add", () => correlations.TryAddAsync("c", "f", TimeSpan.FromMinutes(1))),
            ("correlation-take", () => correlations.TryTakeAsync("c")),
            ("code-store", () => codes.TryStoreAsync("code", 1, new CodeOwner("s", "c"), TimeSpan.FromMinutes(1))),
            ("code-redeem", () => codes.TryRedeemAsync<int>("code")),
            ("replay-add", () => replay.TryAddAsync("jti", DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None)),
            ("consent-record", () => consents.RecordDecisionAsync(decision)),
            ("consent-revoke", () => consents.RevokeAsync("s", "c")),
            ("consent-get", () => consents.GetAsync("s", "c")),
            ("consent-list", () => consents.ListAsync("s")),
            ("consent-read", () => consents.ReadRecordsAsync("s")),
            ("consent-verify", () => consents.VerifyRecordsAsync("s")),
            ("token-revoke", () => revocations.RevokeAsync("s", "c", DateTimeOffset.UtcNow)),
            ("token-revoked-at", () => revocations.GetRevokedAtAsync("s", "c")),
            ("audit-append", () => audit.AppendAsync(release)),
            ("audit-verify", () => audit.VerifyAsync()),
            ("audit-read", async () => { await foreach (var _ in audit.ReadAllAsync()) { } }),
            ("keys-get", () => keys.GetAsync()),
            ("keys-get-or-create", () => keys.GetOrCreateAsync(() => keySet)),
            ("keys-replace", () => keys.TryReplaceAsync(keySet, 1)),
        ];
    }

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (await condition())
            {
                return true;
            }
            await Task.Delay(200);
        }
        return false;
    }
}
