using Hub.Adapters.Mapping.Converters;

namespace Hub.Adapters.Tests.Mapping.Converters;

public class Iso5218GenderConverterTests
{
    private readonly Iso5218GenderConverter _converter = new();

    [Theory]
    [InlineData("1", "male")]
    [InlineData("2", "female")]
    [InlineData("9", "other")]
    [InlineData("１", "male")]
    [InlineData("男", "male")]
    [InlineData("男性", "male")]
    [InlineData("女", "female")]
    [InlineData("女性", "female")]
    [InlineData("male", "male")]
    [InlineData("Female", "female")]
    [InlineData("other", "other")]
    public void Convert_KnownValue_ReturnsOidcGender(string input, string expected)
    {
        Assert.Equal(expected, _converter.Convert(input).Value);
    }

    [Fact]
    public void Convert_NotKnown0_IsAbsentWithoutFailure()
    {
        var result = _converter.Convert("0");

        Assert.True(result.IsAbsent);
        Assert.False(result.IsFailure);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("M")]
    [InlineData("不明")]
    public void Convert_UnknownValue_FailsWithUnrecognised(string input)
    {
        Assert.Equal("gender.unrecognised", _converter.Convert(input).ErrorCode);
    }
}
