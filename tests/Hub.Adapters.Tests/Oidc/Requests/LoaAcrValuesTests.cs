using Hub.Adapters.Oidc.Requests;
using Hub.TrustList.Model;

namespace Hub.Adapters.Tests.Oidc.Requests;

public sealed class LoaAcrValuesTests
{
    [Theory]
    [InlineData(LevelOfAssurance.A, "urn:jp:regional-id:loa:A")]
    [InlineData(LevelOfAssurance.B, "urn:jp:regional-id:loa:B")]
    [InlineData(LevelOfAssurance.C, "urn:jp:regional-id:loa:C")]
    public void For_Level_RoundTripsThroughParse(LevelOfAssurance level, string acr)
    {
        Assert.Equal(acr, LoaAcrValues.For(level));
        Assert.Equal(level, LoaAcrValues.Parse(acr));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("urn:jp:regional-id:loa:E")]
    [InlineData("urn:jp:regional-id:loa:AA")]
    [InlineData("http://eidas.europa.eu/LoA/high")]
    public void Parse_ForeignValue_IsNull(string? acr) => Assert.Null(LoaAcrValues.Parse(acr));

    [Fact]
    public async Task BeginAsync_LevelD_SendsNoAcrValues()
    {
        using var bed = Support.OidcTestBed.Create();

        var result = await bed.Adapter.BeginAsync(Support.OidcTestBed.Context(loa: LevelOfAssurance.D), CancellationToken.None);

        Assert.DoesNotContain("acr_values", result.Value.RedirectUrl.Query, StringComparison.Ordinal);
    }
}
