using Hub.Gateway.OpenIdProvider.Assurance;
using Hub.TrustList.Model;

namespace Hub.Gateway.Tests.OpenIdProvider.Assurance;

public sealed class RequiredLoaResolverTests
{
    [Fact]
    public void Resolve_NoAcr_IsTheFloor()
        => Assert.Equal(LevelOfAssurance.B, RequiredLoaResolver.Resolve(LevelOfAssurance.B, [], essential: false).Value);

    [Fact]
    public void Resolve_SeveralAcr_WeakestAcceptableWins()
        => Assert.Equal(LevelOfAssurance.B, RequiredLoaResolver.Resolve(LevelOfAssurance.C, ["urn:jp:regional-id:loa:A", "urn:jp:regional-id:loa:B"], false).Value);

    [Fact]
    public void Resolve_AcrBelowFloor_FloorWins()
        => Assert.Equal(LevelOfAssurance.A, RequiredLoaResolver.Resolve(LevelOfAssurance.A, ["urn:jp:regional-id:loa:C"], false).Value);

    [Fact]
    public void Resolve_UnknownVoluntaryAcr_Ignored()
        => Assert.Equal(LevelOfAssurance.C, RequiredLoaResolver.Resolve(LevelOfAssurance.C, ["urn:example:gold"], false).Value);

    [Fact]
    public void Resolve_UnknownEssentialAcr_Unmet()
    {
        var result = RequiredLoaResolver.Resolve(LevelOfAssurance.C, ["urn:example:gold"], essential: true);

        Assert.Equal("unmet_authentication_requirements", result.Error!.Error);
        Assert.Equal("op.acr.unknown", result.Error.Code);
    }

    [Theory]
    [InlineData("urn:jp:regional-id:loa:A", LevelOfAssurance.A)]
    [InlineData("urn:jp:regional-id:loa:D", LevelOfAssurance.D)]
    public void TryParse_HubValues_Parsed(string value, LevelOfAssurance expected)
    {
        Assert.True(AcrValues.TryParse(value, out var level));
        Assert.Equal(expected, level);
    }

    [Theory]
    [InlineData("urn:jp:regional-id:loa:E")]
    [InlineData("urn:jp:regional-id:loa:")]
    [InlineData("urn:jp:regional-id:LOA:A")]
    [InlineData("A")]
    public void TryParse_Other_Rejected(string value) => Assert.False(AcrValues.TryParse(value, out _));
}
