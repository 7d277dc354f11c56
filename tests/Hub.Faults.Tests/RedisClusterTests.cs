using Hub.Faults.Tests.Infrastructure;

namespace Hub.Faults.Tests;

/// <summary>
/// The Redis stores on a real Redis Cluster (three masters on loopback): two hub processes take turns at every
/// request of several logins, the codes are redeemed once, the consent chains verify, and the keys are spread over
/// the nodes, so the hash tags keep each multi-key script in one slot (a CROSSSLOT error would fail the login).
/// </summary>
public sealed class RedisClusterTests
{
    /// <summary>One resident of each provider, and a second Mebuku one: both protocols, several subjects and slots.</summary>
    private static readonly Resident[] Sample =
        [Resident.All[0], Resident.All[1], .. Resident.All.Where(r => r.Provider != "mebuku").Take(1), Resident.All[^1]];

    [Fact]
    public async Task Logins_TwoInstancesOnARedisCluster_CompleteWithSlotSafeStores()
    {
        await using var cluster = await RedisClusterProcesses.StartAsync();
        await using var federation = await ProcessFederation.StartAsync(cluster.ConnectionString, instances: 2);

        foreach (var resident in Sample)
        {
            var outcome = await LoginOutcome.RunAsync(federation, resident);
            Assert.True(outcome.Code is not null, outcome.ToString());
            var tokens = await outcome.RelyingParty.RedeemAsync(outcome.Code!);
            await outcome.RelyingParty.ValidateIdTokenAsync(tokens.GetProperty("id_token").GetString()!);
            using var again = await outcome.RelyingParty.RedeemRawAsync(outcome.Code!);
            Assert.False(again.IsSuccessStatusCode);
        }

        await using var store = new StoreReader(cluster.ConnectionString, federation.KeyPrefix);
        foreach (var resident in Sample)
        {
            Assert.True((await store.Consents.VerifyRecordsAsync(resident.ConsentSubject)).IsIntact);
            Assert.NotEmpty(await store.Consents.ReadRecordsAsync(resident.ConsentSubject));
        }
        Assert.All(cluster.KeysPerNode(), keys => Assert.True(keys > 0, "A node holds no key: the keys are not spread over the slots."));
    }
}
