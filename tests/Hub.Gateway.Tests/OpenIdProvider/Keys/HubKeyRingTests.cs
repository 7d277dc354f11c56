using Hub.Gateway.OpenIdProvider.Keys;
using Hub.Gateway.Stores.InMemory;
using Microsoft.AspNetCore.DataProtection;
using Hub.Gateway.Tests.OpenIdProvider.Infrastructure;
using Hub.TrustList.Common;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Gateway.Tests.OpenIdProvider.Keys;

public sealed class HubKeyRingTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly SharedHubKeyStore _store = new(new InMemoryHubKeyStore(), new EphemeralDataProtectionProvider());

    private HubKeyRing Ring() => TestHubKeyRings.Hourly(_store, _time);

    [Fact]
    public async Task Get_TwoInstancesOnOneStore_UseTheSameKeys()
    {
        var sets = await Task.WhenAll(Ring().GetAsync(CancellationToken.None).AsTask(), Ring().GetAsync(CancellationToken.None).AsTask());

        Assert.Equal(sets[0].CurrentKeyId(HubKeyAlgorithms.Rs256), sets[1].CurrentKeyId(HubKeyAlgorithms.Rs256));
        Assert.Equal(sets[0].PublishedKeys.Select(k => k.Kid), sets[1].PublishedKeys.Select(k => k.Kid));
        Assert.Equal(6, (await _store.GetAllAsync(CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Get_Start_PublishesCurrentAndNextForBothAlgorithms()
    {
        var set = await Ring().GetAsync(CancellationToken.None);

        Assert.Equal(4, set.PublishedKeys.Count);
        Assert.Equal(2, set.PublishedKeys.Count(k => k.Alg == "RS256"));
        Assert.NotNull(set.SealingKey(set.CurrentKeyId(HubKeyAlgorithms.A256Kw)));
        Assert.All(set.PublishedKeys, k => Assert.False(k.HasPrivateKey));
    }

    [Fact]
    public async Task Get_AfterGraceOfARetiredKey_RemovesItFromTheStore()
    {
        var ring = Ring();
        var first = (await ring.GetAsync(CancellationToken.None)).CurrentKeyId(HubKeyAlgorithms.Es256);

        _time.Advance(TimeSpan.FromMinutes(91));
        await ring.GetAsync(CancellationToken.None);

        Assert.DoesNotContain(await _store.GetAllAsync(CancellationToken.None), r => r.KeyId == first);
    }

    [Fact]
    public async Task SharedStore_SecondKeyForTheSameSlot_Refused()
    {
        var factory = new HubKeyFactory(SystemSecureRandom.Instance);
        var schedule = new HubKeySchedule(new Hub.Gateway.OpenIdProvider.Options.HubKeySettings());
        var one = factory.Create(HubKeyAlgorithms.Es256, 7, schedule, _time.GetUtcNow());
        var other = factory.Create(HubKeyAlgorithms.Es256, 7, schedule, _time.GetUtcNow());

        Assert.True(await _store.TryAddAsync(one, CancellationToken.None));
        Assert.False(await _store.TryAddAsync(other, CancellationToken.None));
        Assert.NotEqual(one.KeyId, other.KeyId);
    }
}
