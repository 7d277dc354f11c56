using Hub.Gateway.Tests.EndToEnd.Infrastructure;
using Hub.TrustList.Model;

namespace Hub.Gateway.Tests.Interop;

/// <summary>
/// The federation and an Apache mod_auth_openidc RP in front of it: the demo library (maebashi-library,
/// client_secret_basic with its demo-only secret), whose trust-list entry also registers Apache's redirect URI.
/// </summary>
public sealed class ModAuthOpenIdcFixture : IAsyncLifetime
{
    public const string ClientId = "maebashi-library";
    public const string ClientSecret = "demo-maebashi-library-secret";
    public const string Sector = "library.maebashi.example";
    public const string Scope = "openid profile resident_of age_over_18";

    public TestFederation Federation { get; private set; } = null!;

    public ApacheOpenIdcServer Apache { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var port = FreePort.Next();
        var redirectUri = ApacheOpenIdcServer.RedirectUriFor(port);
        Federation = await TestFederation.StartAsync(adjust: d => d with
        {
            RelyingParties = [.. d.RelyingParties.Select(r => r.ClientId == ClientId ? r with { RedirectUris = [.. r.RedirectUris, redirectUri] } : r)],
        });
        await HubWarmUp.RunAsync(Federation);
        Apache = await ApacheOpenIdcServer.StartAsync(port, Federation.Issuer, ClientId, ClientSecret, Scope);
    }

    public async Task DisposeAsync()
    {
        if (Apache is not null)
        {
            await Apache.DisposeAsync();
        }
        if (Federation is not null)
        {
            await Federation.DisposeAsync();
        }
    }
}
