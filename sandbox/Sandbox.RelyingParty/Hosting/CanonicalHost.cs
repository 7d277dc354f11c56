
namespace Sandbox.RelyingParty.Hosting;

/// <summary>
/// Sends a browser that reached the RP under another host name (127.0.0.1 instead of localhost) to the public
/// base URL first. The redirect URI registered at the hub names the public host, and the correlation and nonce
/// cookies must be set on the host the hub sends the browser back to.
/// </summary>
internal static class CanonicalHost
{
    public static void UseCanonicalHost(this WebApplication app, RpSite site) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                && !string.Equals(request.Host.Value, site.Authority, StringComparison.OrdinalIgnoreCase))
            {
                context.Response.Redirect(site.Base + request.PathBase + request.Path + request.QueryString, permanent: false, preserveMethod: true);
                return;
            }
            await next(context).ConfigureAwait(false);
        });
}
