using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Sandbox.RelyingParty.Common;
using Sandbox.RelyingParty.Hosting;
using Sandbox.RelyingParty.Keys;
using Sandbox.RelyingParty.Oidc;
using Sandbox.RelyingParty.Pages;
using Sandbox.RelyingParty.Pages.Texts;
using Sandbox.RelyingParty.Revocation;

namespace Sandbox.RelyingParty;

/// <summary>
/// Starts the demo relying party, 「大阪市 子育て支援サービス（デモ）」 (client_id <c>osaka-kosodate</c>), in-process
/// on its own Kestrel server (default http://localhost:5090). Demo only: its key is the committed demo key.
/// </summary>
public static class DemoRelyingParty
{
    /// <exception cref="InvalidOperationException">An option is unusable; the message says which and what to set.</exception>
    public static async Task<DemoRelyingPartyHost> StartAsync(DemoRelyingPartyOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        OptionsCheck.Validate(options);
        var key = ClientKeySource.Load(options);
        if (options.HubJwks is not null)
        {
            HubSetKeys.ParseJwks(options.HubJwks);
        }

        var builder = RpHosting.CreateBuilder(options);
        var site = new RpSite();
        var services = builder.Services;
        // Sessions live only as long as the process: the key ring stays in memory, nothing is written to disk.
        services.AddDataProtection().SetApplicationName("Sandbox.RelyingParty");
        services.Configure<KeyManagementOptions>(keys =>
        {
            keys.XmlRepository = new InMemoryXmlRepository();
            keys.XmlEncryptor = new NullXmlEncryptor();
        });
        services.AddSingleton(options);
        services.AddSingleton(site);
        services.AddSingleton(key);
        // options.TimeProvider is handed to our own types and the handlers, but not registered as the TimeProvider
        // service: the resilience pipeline waits on that one, and a test's fake clock would stall its retries.
        services.AddSingleton(options.Random);
        services.AddSingleton(TextCatalog.Embedded);
        services.AddSingleton<PageWriter>();
        services.AddSingleton<HomePage>();
        services.AddSingleton<ClaimsPage>();
        services.AddSingleton<ErrorPage>();
        services.AddSingleton<RevocationsPage>();
        services.AddSingleton<ClientAssertionFactory>();
        services.AddSingleton<SignInEndpoint>();
        services.AddSingleton<JtiReplayCache>();
        services.AddSingleton<RevocationLog>();
        services.AddSingleton<HubSetKeys>();
        services.AddSingleton<SetValidator>();
        services.AddSingleton<SetReceiverEndpoint>();
        services.AddHubSignIn(options);

        var app = builder.Build();
        app.UseRpSecurityHeaders();
        if (options.PublicBaseUrl is null)
        {
            app.UseCanonicalHost(site);
        }
        app.UseAuthentication();
        app.MapDemoRelyingParty();

        var baseUrl = await RpHosting.StartAsync(app, options, site, cancellationToken).ConfigureAwait(false);
        RpLog.Started(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Sandbox.RelyingParty"), options.ClientId, baseUrl, options.Authority);
        return new DemoRelyingPartyHost(new Uri(baseUrl + "/"), options.ClientId, app);
    }
}
