using Hub.Gateway.OpenIdProvider.Codes;
using Hub.TrustList.Common;

namespace Hub.Gateway.Tests.OpenIdProvider.Codes;

public sealed class CodeHandleTests
{
    [Fact]
    public void Create_Always_43Base64UrlCharactersOf256RandomBits()
    {
        var first = CodeHandle.Create(SystemSecureRandom.Instance);
        var second = CodeHandle.Create(SystemSecureRandom.Instance);

        Assert.Matches("^[A-Za-z0-9_-]{43}$", first);
        Assert.Equal(32, System.Buffers.Text.Base64Url.DecodeFromChars(first).Length);
        Assert.NotEqual(first, second);
        Assert.True(CodeHandle.IsWellFormed(first));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.")]
    public void IsWellFormed_NotAHandle_False(string? value)
    {
        Assert.False(CodeHandle.IsWellFormed(value));
    }
}
