using Hub.Adapters.Assurance;
using Hub.TrustList.Model;

namespace Hub.Adapters.Tests.Assurance;

public class LoaUriTests
{
    [Theory]
    [InlineData(LevelOfAssurance.A, "http://eidas.europa.eu/LoA/high")]
    [InlineData(LevelOfAssurance.B, "http://eidas.europa.eu/LoA/substantial")]
    [InlineData(LevelOfAssurance.C, "http://eidas.europa.eu/LoA/low")]
    public void Eidas_EachLevel_MapsBothWays(LevelOfAssurance level, string uri)
    {
        Assert.Equal(uri, EidasLoa.ToUri(level));
        Assert.Equal(level, EidasLoa.FromUri(uri));
    }

    [Fact]
    public void Eidas_LevelD_HasNoUri()
    {
        Assert.Null(EidasLoa.ToUri(LevelOfAssurance.D));
    }

    [Theory]
    [InlineData("http://eidas.europa.eu/LoA/HIGH")]
    [InlineData("https://eidas.europa.eu/LoA/high")]
    [InlineData("http://eidas.europa.eu/LoA/NotNotified/high")]
    [InlineData("")]
    [InlineData(null)]
    public void Eidas_OtherUri_IsNotALevel(string? uri)
    {
        Assert.Null(EidasLoa.FromUri(uri));
    }

    [Theory]
    [InlineData(LevelOfAssurance.A, "urn:jp:regional-id:loa:A")]
    [InlineData(LevelOfAssurance.B, "urn:jp:regional-id:loa:B")]
    [InlineData(LevelOfAssurance.C, "urn:jp:regional-id:loa:C")]
    [InlineData(LevelOfAssurance.D, "urn:jp:regional-id:loa:D")]
    public void Regional_EachLevel_MapsBothWays(LevelOfAssurance level, string uri)
    {
        Assert.Equal(uri, RegionalLoa.ToUri(level));
        Assert.Equal(level, RegionalLoa.FromUri(uri));
    }

    [Theory]
    [InlineData("urn:jp:regional-id:loa:a")]
    [InlineData("urn:jp:regional-id:loa:E")]
    public void Regional_OtherUri_IsNotALevel(string uri)
    {
        Assert.Null(RegionalLoa.FromUri(uri));
    }
}
