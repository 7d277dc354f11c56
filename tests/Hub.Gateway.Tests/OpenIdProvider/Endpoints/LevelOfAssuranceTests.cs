using Hub.Gateway.Tests.OpenIdProvider.Infrastructure;
using Hub.TrustList.Loading;
using Hub.TrustList.Model;

namespace Hub.Gateway.Tests.OpenIdProvider.Endpoints;

public sealed class LevelOfAssuranceTests
{
    [Fact]
    public async Task Authorize_NoProviderReachesRequestedLevel_RedirectsUnmetAuthenticationRequirements()
    {
        var keys = new TestRelyingPartyKeys();
        using var host = new OpenIdProviderHost(new FixedTrustListSource(TestTrustList.Build(keys.PublicKeys, highestProviderLoa: LevelOfAssurance.B)));
        var client = host.CreateOidcClient();

        var response = await client.AuthorizeAsync(new Dictionary<string, string?> { ["acr_values"] = "urn:jp:regional-id:loa:A" });

        var parameters = OidcTestClient.RedirectParameters(response);
        Assert.Equal("unmet_authentication_requirements", parameters["error"]);
        Assert.Equal(OpenIdProviderHost.Issuer, parameters["iss"]);
        Assert.Empty(host.Interaction.Requests);
    }
}
