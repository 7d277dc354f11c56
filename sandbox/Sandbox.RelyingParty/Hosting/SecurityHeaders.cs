
namespace Sandbox.RelyingParty.Hosting;

/// <summary>Headers every response gets: nothing is cached, framed or sniffed, and no referrer leaks codes.</summary>
internal static class SecurityHeaders
{
    public static void UseRpSecurityHeaders(this WebApplication app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers.CacheControl = "no-store";
            headers.Pragma = "no-cache";
            headers["Referrer-Policy"] = "no-referrer";
            await next(context).ConfigureAwait(false);
        });
}
