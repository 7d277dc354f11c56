using Hub.Adapters.Oidc;
using Hub.Adapters.Oidc.Discovery;
using Hub.Adapters.Tests.Oidc.Support;

namespace Hub.Adapters.Tests.Oidc.Discovery;

public sealed class EndpointSecurityTests
{
    [Theory]
    [InlineData("https://id.example.jp/token", true)]
    [InlineData("http://127.0.0.1:8080/token", true)]
    [InlineData("http://localhost:8080/token", true)]
    [InlineData("http://id.example.jp/token", false)]
    [InlineData("ftp://id.example.jp/token", false)]
    public void IsSecure_Endpoint_AllowsHttpsAndLoopbackHttpOnly(string url, bool secure)
        => Assert.Equal(secure, EndpointSecurity.IsSecure(new Uri(url)));

    [Fact]
    public async Task BeginAsync_PinnedHttpEndpointOffLoopback_IsRejected()
    {
        using var bed = OidcTestBed.Create(providers: b =>
        [
            TestTrustList.OidcProvider(OidcTestBed.ProviderId, new Uri("http://id.mydoor-osaka.example.jp"), [b.Rsa.PublicJwk()]),
        ]);

        var result = await bed.Adapter.BeginAsync(OidcTestBed.Context(), CancellationToken.None);

        AdapterAssert.Fails(result, OidcErrorCodes.EndpointNotHttps);
    }

    [Fact]
    public async Task BeginAsync_HttpAllowedByOption_IsAccepted()
    {
        using var bed = OidcTestBed.Create(o => o.RequireHttps = false, b =>
        [
            TestTrustList.OidcProvider(OidcTestBed.ProviderId, new Uri("http://sandbox-idp:8080"), [b.Rsa.PublicJwk()]),
        ]);

        var result = await bed.Adapter.BeginAsync(OidcTestBed.Context(), CancellationToken.None);

        Assert.Equal("sandbox-idp", AdapterAssert.Succeeds(result).RedirectUrl.Host);
    }
}
