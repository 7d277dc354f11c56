using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Sandbox.Providers.Hosting;

/// <summary>
/// Builds and starts the small Kestrel hosts. The builder is empty on purpose: a provider hosted inside the
/// gateway's process must not pick up the gateway's appsettings, environment or URLs.
/// </summary>
internal static class SandboxHosting
{
    /// <summary>Cap on request bodies (login forms, token requests).</summary>
    public const long MaxRequestBodyBytes = 64 * 1024;

    public static WebApplicationBuilder CreateBuilder(SandboxProviderOptions options, string listenUrl)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = "Sandbox.Providers" });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            kestrel.Limits.MaxRequestLineSize = 16 * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        builder.WebHost.UseUrls(listenUrl);
        builder.Services.AddLogging();
        builder.Services.AddRouting();
        options.ConfigureLogging?.Invoke(builder.Logging);
        return builder;
    }

    public static async Task<string> StartAsync(
        WebApplication app, string listenUrl, string? publicBaseUrl, SiteUrl site, CancellationToken cancellationToken)
    {
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        site.Set(ResolveBaseUrl(listenUrl, publicBaseUrl, addresses));
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

    /// <summary>Fails at start, with what to set, when a URL option is not an absolute http(s) URL.</summary>
    public static string RequireHttpUrl(string? value, string optionName)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new InvalidOperationException($"{optionName} must be an absolute http(s) URL; got '{value}'.");
        }
        return value!;
    }

    public static ILogger CreateLogger(WebApplication app, string category) =>
        app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(category);
}
