using Hub.Gateway.Tests.OpenIdProvider.Infrastructure;

namespace Hub.Gateway.Tests.OpenIdProvider.Endpoints;

public sealed class AuthorizationCodeLifetimeTests
{
    [Fact]
    public async Task Token_CodeOlderThanSixtySeconds_InvalidGrant()
    {
        using var host = new OpenIdProviderHost();
        var client = host.CreateOidcClient();
        var code = await client.GetCodeAsync();

        host.Time.Advance(TimeSpan.FromSeconds(61));
        var response = await client.RedeemAsync(code);

        Assert.Equal("invalid_grant", await OidcTestClient.ErrorOf(response));
    }

    [Fact]
    public async Task Token_CodeWithinSixtySeconds_Redeemed()
    {
        using var host = new OpenIdProviderHost();
        var client = host.CreateOidcClient();
        var code = await client.GetCodeAsync();

        host.Time.Advance(TimeSpan.FromSeconds(55));

        await client.RedeemSuccessfullyAsync(code);
    }
}
