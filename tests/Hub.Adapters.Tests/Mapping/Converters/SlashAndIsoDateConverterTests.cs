using Hub.Adapters.Mapping.Converters;

namespace Hub.Adapters.Tests.Mapping.Converters;

public class SlashAndIsoDateConverterTests
{
    [Theory]
    [InlineData("1990/04/01", "1990-04-01")]
    [InlineData("1990/4/1", "1990-04-01")]
    [InlineData("２０００／０２／２９", "2000-02-29")]
    public void SlashDate_SlashDate_ReturnsIso8601(string input, string expected)
    {
        Assert.Equal(expected, new SlashDateConverter().Convert(input).Value);
    }

    [Theory]
    [InlineData("1990-04-01", "date.unrecognised")]
    [InlineData("平成2年1月15日", "date.unrecognised")]
    [InlineData("1990/02/30", "date.invalid")]
    [InlineData("1990/13/01", "date.invalid")]
    public void SlashDate_OtherOrInvalid_Fails(string input, string code)
    {
        Assert.Equal(code, new SlashDateConverter().Convert(input).ErrorCode);
    }

    [Fact]
    public void IsoDate_IsoDate_ReturnsIt()
    {
        Assert.Equal("1990-04-01", new IsoDateConverter().Convert("1990-04-01").Value);
    }

    [Theory]
    [InlineData("1990-4-1")]
    [InlineData("1990/04/01")]
    [InlineData("1990-02-30")]
    [InlineData("1990-04-01T00:00:00Z")]
    public void IsoDate_AnythingElse_FailsWithUnrecognised(string input)
    {
        Assert.Equal("date.unrecognised", new IsoDateConverter().Convert(input).ErrorCode);
    }
}
