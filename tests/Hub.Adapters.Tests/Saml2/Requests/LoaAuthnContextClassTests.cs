using Hub.Adapters.Saml2.Requests;
using Hub.TrustList.Model;

namespace Hub.Adapters.Tests.Saml2.Requests;

public sealed class LoaAuthnContextClassTests
{
    [Theory]
    [InlineData(LevelOfAssurance.A, "urn:jp:regional-id:loa:A")]
    [InlineData(LevelOfAssurance.B, "urn:jp:regional-id:loa:B")]
    [InlineData(LevelOfAssurance.C, "urn:jp:regional-id:loa:C")]
    public void For_LevelAToC_ReturnsClassRefThatParsesBack(LevelOfAssurance level, string classRef)
    {
        Assert.Equal(classRef, LoaAuthnContextClass.For(level));
        Assert.True(LoaAuthnContextClass.TryParse(classRef, out var parsed));
        Assert.Equal(level, parsed);
    }

    [Fact]
    public void For_LevelD_ReturnsNull()
    {
        Assert.Null(LoaAuthnContextClass.For(LevelOfAssurance.D));
    }

    [Theory]
    [InlineData("urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport")]
    [InlineData("urn:jp:regional-id:loa:a")]
    [InlineData(null)]
    public void TryParse_ForeignClassRef_ReturnsFalse(string? classRef)
    {
        Assert.False(LoaAuthnContextClass.TryParse(classRef, out _));
    }
}
