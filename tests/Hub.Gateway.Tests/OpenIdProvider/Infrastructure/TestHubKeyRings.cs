using Hub.Gateway.OpenIdProvider.Keys;
using Hub.TrustList.Common;

namespace Hub.Gateway.Tests.OpenIdProvider.Infrastructure;

/// <summary>A key ring on a short schedule: a generation an hour, published 5 minutes ahead, kept 30 minutes after.</summary>
internal static class TestHubKeyRings
{
    public static HubKeyRing Hourly(SharedHubKeyStore store, TimeProvider time) => new(
        store, new HubKeyFactory(SystemSecureRandom.Instance), time,
        TestOptions.Create(o =>
        {
            o.OpenIdProvider.Keys.RotationPeriod = TimeSpan.FromHours(1);
            o.OpenIdProvider.Keys.PublishLead = TimeSpan.FromMinutes(5);
            o.OpenIdProvider.Keys.RetirementGrace = TimeSpan.FromMinutes(30);
        }),
        TestOptions.Logger<HubKeyRing>());
}
