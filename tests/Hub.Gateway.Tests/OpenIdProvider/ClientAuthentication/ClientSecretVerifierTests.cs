using Hub.Gateway.OpenIdProvider.ClientAuthentication;
using Hub.Gateway.Tests.OpenIdProvider.Infrastructure;

namespace Hub.Gateway.Tests.OpenIdProvider.ClientAuthentication;

public sealed class ClientSecretVerifierTests
{
    [Fact]
    public void Matches_RightSecret_True() => Assert.True(ClientSecretVerifier.Matches("s3cret", TestTrustList.Sha256("s3cret")));

    [Theory]
    [InlineData("S3cret")]
    [InlineData("s3cret ")]
    [InlineData("")]
    public void Matches_OtherSecret_False(string presented) => Assert.False(ClientSecretVerifier.Matches(presented, TestTrustList.Sha256("s3cret")));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64url!")]
    [InlineData("c2hvcnQ")]
    public void Matches_NoUsableHash_False(string? hash) => Assert.False(ClientSecretVerifier.Matches("s3cret", hash));
}
