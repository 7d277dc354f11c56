using Hub.Gateway.Policy;
using Hub.Gateway.Tests.EndToEnd.Infrastructure;
using Hub.TrustList.Model;

namespace Hub.Gateway.Tests.Policy;

public sealed class ProviderRouteTests
{
    [Fact]
    public void Resolve_ProviderId_RoutesToTheProviderWithoutBrand()
    {
        var (route, refusal) = ProviderRoute.Resolve(PolicyFixtures.Snapshot(), "mebuku", LevelOfAssurance.B);

        Assert.Equal(RouteRefusal.None, refusal);
        Assert.Equal("mebuku", route!.ProviderId);
        Assert.Null(route.BrandId);
    }

    [Fact]
    public void Resolve_BrandId_RoutesToItsProviderAsTheBrand()
    {
        var (route, _) = ProviderRoute.Resolve(PolicyFixtures.Snapshot(), "sakai-d", LevelOfAssurance.B);

        Assert.Equal("mydoor-osaka", route!.ProviderId);
        Assert.Equal("sakai-d", route.BrandId);
    }

    [Fact]
    public void Resolve_SuspendedProvider_NotAccredited()
        => Assert.Equal(RouteRefusal.NotAccredited,
            ProviderRoute.Resolve(PolicyFixtures.Snapshot(TrustListChanges.SuspendProvider("mebuku")), "mebuku", LevelOfAssurance.B).Refusal);

    [Fact]
    public void Resolve_SuspendedBrand_NotAccredited()
        => Assert.Equal(RouteRefusal.NotAccredited,
            ProviderRoute.Resolve(PolicyFixtures.Snapshot(TrustListChanges.SuspendBrand("sakai-d")), "sakai-d", LevelOfAssurance.B).Refusal);

    [Fact]
    public void Resolve_LevelAboveTheProvidersMaximum_LevelTooLow()
        => Assert.Equal(RouteRefusal.LevelTooLow, ProviderRoute.Resolve(PolicyFixtures.Snapshot(), "mydoor-osaka", LevelOfAssurance.A).Refusal);

    [Theory]
    [InlineData("unknown-id")]
    [InlineData("")]
    [InlineData(null)]
    public void Resolve_UnknownOrMissing_Unknown(string? id)
        => Assert.Equal(RouteRefusal.Unknown, ProviderRoute.Resolve(PolicyFixtures.Snapshot(), id, LevelOfAssurance.C).Refusal);

    [Fact]
    public void Resolve_NoTrustList_Unknown()
        => Assert.Equal(RouteRefusal.Unknown, ProviderRoute.Resolve(null, "mebuku", LevelOfAssurance.C).Refusal);

    [Fact]
    public void Recheck_BrandNamedWithAnotherProvider_Unknown()
        => Assert.Equal(RouteRefusal.Unknown, ProviderRoute.Recheck(PolicyFixtures.Snapshot(), "mebuku", "sakai-d", LevelOfAssurance.C));

    [Fact]
    public void Recheck_BrandSuspendedSinceTheChoice_NotAccredited()
        => Assert.Equal(RouteRefusal.NotAccredited,
            ProviderRoute.Recheck(PolicyFixtures.Snapshot(TrustListChanges.SuspendBrand("sakai-d")), "mydoor-osaka", "sakai-d", LevelOfAssurance.B));
}
