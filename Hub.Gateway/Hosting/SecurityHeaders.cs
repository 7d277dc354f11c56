namespace Hub.Gateway.Hosting;

/// <summary>Headers every response of the hub carries: no framing, no sniffing, no referrer, nothing cached.</summary>
internal static class SecurityHeaders
{
    public static Task ApplyAsync(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.XFrameOptions = "DENY";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
        return next();
    }
}
