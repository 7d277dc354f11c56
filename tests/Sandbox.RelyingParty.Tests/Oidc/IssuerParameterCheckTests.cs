using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Sandbox.RelyingParty.Oidc;

namespace Sandbox.RelyingParty.Tests.Oidc;

public sealed class IssuerParameterCheckTests
{
    private const string Issuer = "http://localhost:5080/";

    private static readonly OpenIdConnectConfiguration Advertised = new() { Issuer = Issuer, AuthorizationResponseIssParameterSupported = true };
    private static readonly OpenIdConnectConfiguration NotAdvertised = new() { Issuer = Issuer };

    [Fact]
    public void Check_ExactIssuer_Passes()
    {
        Assert.Null(IssuerParameterCheck.Check([Issuer], Advertised));
    }

    [Theory]
    [InlineData("http://localhost:5080")]
    [InlineData("HTTP://localhost:5080/")]
    [InlineData("http://localhost:5080/x")]
    [InlineData("")]
    public void Check_AnyOtherString_IsAMismatch(string iss)
    {
        Assert.Equal(LoginError.IssuerMismatch, IssuerParameterCheck.Check([iss], NotAdvertised)?.Code);
    }

    [Fact]
    public void Check_RepeatedParameter_IsAMismatchEvenIfOneIsRight()
    {
        Assert.Equal(LoginError.IssuerMismatch, IssuerParameterCheck.Check([Issuer, "https://attacker.example/"], Advertised)?.Code);
    }

    [Fact]
    public void Check_AbsentWhenAdvertised_IsMissing()
    {
        Assert.Equal(LoginError.IssuerMissing, IssuerParameterCheck.Check([], Advertised)?.Code);
    }

    [Fact]
    public void Check_AbsentWhenNotAdvertised_Passes()
    {
        Assert.Null(IssuerParameterCheck.Check([], NotAdvertised));
    }
}
