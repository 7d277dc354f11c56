using System.Security.Cryptography;
using System.Text;
using Hub.Gateway.OpenIdProvider.Subjects;
using Hub.Gateway.Tests.OpenIdProvider.Infrastructure;
using Hub.TrustList.Common;

namespace Hub.Gateway.Tests.OpenIdProvider.Subjects;

public sealed class PairwiseSubjectCalculatorTests
{
    private static PairwiseSubjectCalculator Calculator(string? secret = OpenIdProviderHost.PairwiseSecret)
        => new(TestOptions.Create(o => o.PairwiseSecret = secret), TestOptions.Logger<PairwiseSubjectCalculator>());

    [Fact]
    public void Calculate_KnownInput_IsHmacSha256OfSectorProviderAndSubject()
    {
        var expected = Base64Url.Encode(HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(OpenIdProviderHost.PairwiseSecret), Encoding.UTF8.GetBytes("sector-osaka|mebuku|user-1")));

        Assert.Equal(expected, Calculator().Calculate("sector-osaka", "mebuku", "user-1"));
    }

    [Fact]
    public void Calculate_TwoCalculatorsWithTheSameSecret_SameSubject()
        => Assert.Equal(Calculator().Calculate("s", "p", "u"), Calculator().Calculate("s", "p", "u"));

    [Theory]
    [InlineData("other-sector", "mebuku", "user-1")]
    [InlineData("sector-osaka", "mydoor-osaka", "user-1")]
    [InlineData("sector-osaka", "mebuku", "user-2")]
    public void Calculate_AnyPartDiffers_SubjectDiffers(string sector, string provider, string subject)
        => Assert.NotEqual(Calculator().Calculate("sector-osaka", "mebuku", "user-1"), Calculator().Calculate(sector, provider, subject));

    [Fact]
    public void Calculate_OtherSecret_SubjectDiffers()
        => Assert.NotEqual(Calculator().Calculate("s", "p", "u"), Calculator("another-secret-0123456789-0123456789").Calculate("s", "p", "u"));

    [Fact]
    public void Calculate_NeverContainsTheProviderSubject()
        => Assert.DoesNotContain("user-1", Calculator().Calculate("sector-osaka", "mebuku", "user-1"), StringComparison.Ordinal);

    [Fact]
    public void Calculate_WithoutSecretInDemo_UsesTheDemoSecret()
    {
        var demo = Calculator(secret: null).Calculate("s", "p", "u");

        var expected = Base64Url.Encode(HMACSHA256.HashData(Encoding.UTF8.GetBytes(PairwiseSubjectCalculator.DemoSecret), Encoding.UTF8.GetBytes("s|p|u")));
        Assert.Equal(expected, demo);
    }

    [Theory]
    [InlineData("", "p", "u")]
    [InlineData("s", "", "u")]
    [InlineData("s", "p", "")]
    public void Calculate_EmptyPart_Throws(string sector, string provider, string subject)
        => Assert.Throws<ArgumentException>(() => Calculator().Calculate(sector, provider, subject));
}
