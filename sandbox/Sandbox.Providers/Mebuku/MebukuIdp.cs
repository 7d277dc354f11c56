using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Sandbox.Providers.Common;
using Sandbox.Providers.Hosting;
using Sandbox.Providers.Keys;
using Sandbox.Providers.Mebuku.Login;
using Sandbox.Providers.Mebuku.Metadata;
using Sandbox.Providers.Mebuku.Request;
using Sandbox.Providers.Mebuku.Xml;

namespace Sandbox.Providers.Mebuku;

/// <summary>Builds and starts the Mebuku ID SAML IdP: GET /saml/metadata, GET /saml/sso, POST /saml/login.</summary>
internal static class MebukuIdp
{
    public static async Task<SandboxProviderHost> StartAsync(MebukuProviderOptions options, CancellationToken cancellationToken)
    {
        var url = SandboxHosting.RequireHttpUrl(options.Url ?? MebukuProviderOptions.DefaultUrl, nameof(options.Url));
        if (string.IsNullOrWhiteSpace(options.SpEntityId) || options.AssertionConsumerServiceUrls.Count == 0)
        {
            throw new InvalidOperationException("SpEntityId and at least one AssertionConsumerServiceUrl must be set.");
        }
        foreach (var acs in options.AssertionConsumerServiceUrls)
        {
            SandboxHosting.RequireHttpUrl(acs, nameof(options.AssertionConsumerServiceUrls));
        }
        var certificate = PemKeys.Certificate(
            SandboxKeyFolder.ContentsOr(options.SigningCertificatePem, options.KeysDirectory, "mebuku-idp.crt.pem"),
            nameof(options.SigningCertificatePem));
        var key = PemKeys.PrivateKeyFor(
            SandboxKeyFolder.ContentsOr(options.SigningKeyPem, options.KeysDirectory, "mebuku-idp.key.pem"),
            certificate, nameof(options.SigningKeyPem));
        var spCertificate = PemKeys.Certificate(
            SandboxKeyFolder.ContentsOr(options.SpCertificatePem, options.KeysDirectory, "hub-saml-sp.crt.pem"),
            nameof(options.SpCertificatePem), allowP256: true);

        var app = SandboxHosting.CreateBuilder(options, url).Build();
        var site = new SiteUrl();
        var services = new MebukuServices(
            options, site, new XmlSigner(key, certificate),
            new RedirectBindingReader(spCertificate, options.MaxInflatedRequestBytes),
            SandboxHosting.CreateLogger(app, "Sandbox.Providers.Mebuku"));
        app.Lifetime.ApplicationStopped.Register(() =>
        {
            key.Dispose();
            certificate.Dispose();
            spCertificate.Dispose();
        });
        Map(app, services);

        var baseUrl = await SandboxHosting.StartAsync(app, url, options.PublicBaseUrl, site, cancellationToken).ConfigureAwait(false);
        SandboxLog.Started(services.Logger, "mebuku", baseUrl);
        return new SandboxProviderHost("mebuku", new Uri(baseUrl + "/"), services.EntityId, app);
    }

    private static void Map(WebApplication app, MebukuServices services)
    {
        app.UseSandboxSecurityHeaders();
        var metadata = new IdpMetadataWriter(services.Signer, services.Options.TimeProvider, services.Options.Random);
        app.MapGet(MebukuServices.MetadataPath, (HttpContext context) =>
        {
            context.Response.ContentType = "application/samlmetadata+xml; charset=utf-8";
            return context.Response.WriteAsync(metadata.Write(services.EntityId, services.SsoUrl), context.RequestAborted);
        });
        app.MapGet(MebukuServices.SsoPath, new MebukuSsoEndpoint(services).HandleAsync);
        app.MapPost(MebukuServices.LoginPath, new MebukuLoginEndpoint(services).HandleAsync);
    }
}
