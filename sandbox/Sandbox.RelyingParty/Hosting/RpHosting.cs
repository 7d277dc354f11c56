using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Sandbox.RelyingParty.Hosting;

/// <summary>
/// Builds and starts the RP's Kestrel host. The builder is empty on purpose: an RP hosted inside the gateway's
/// process must not pick up the gateway's appsettings, environment or URLs.
/// </summary>
internal static class RpHosting
{
    /// <summary>Cap on request bodies (SETs, the sign-out form).</summary>
    public const long MaxRequestBodyBytes = 64 * 1024;

    public static WebApplicationBuilder CreateBuilder(DemoRelyingPartyOptions options)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = "Sandbox.RelyingParty" });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            kestrel.Limits.MaxRequestLineSize = 16 * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        builder.WebHost.UseUrls(options.Url);
        builder.Services.AddLogging();
        builder.Services.AddRouting();
        options.ConfigureLogging?.Invoke(builder.Logging);
        return builder;
    }

    public static async Task<string> StartAsync(WebApplication app, DemoRelyingPartyOptions options, RpSite site, CancellationToken cancellationToken)
    {
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        site.Set(ResolveBaseUrl(options.Url, options.PublicBaseUrl, addresses));
        return site.Base;
    }

    /// <summary>The public base URL: the explicit one, the configured one, or (port 0) the bound port.</summary>
    public static string ResolveBaseUrl(string listenUrl, string? publicBaseUrl, ICollection<string> boundAddresses)
    {
        if (publicBaseUrl is not null)
        {
            return publicBaseUrl.TrimEnd('/');
        }
        var listen = new Uri(listenUrl);
        if (listen.Port != 0)
        {
            return listen.GetLeftPart(UriPartial.Authority);
        }
        var bound = boundAddresses.Select(a => new Uri(a)).FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel reported no bound address for " + listenUrl);
        return new UriBuilder(listen.Scheme, listen.Host, bound.Port).Uri.GetLeftPart(UriPartial.Authority);
    }
}
