using Hub.Gateway.Flow;

namespace Hub.Gateway.Hosting;

/// <summary>
/// Reads every form body once before the endpoints do (they then get the cached form). A body over ASP.NET Core's
/// form limits (a value over 4 MB, a key over 2 KB, too many fields) or a malformed one throws when read; without
/// this guard that surfaced as a 500 at the SAML ACS and the token endpoint. It is refused instead: the OAuth
/// <c>invalid_request</c> at <c>/connect/*</c>, the bad-request page elsewhere, logged as
/// <c>request.malformed_form</c>.
/// </summary>
internal static partial class MalformedFormGuard
{
    public const string Code = "request.malformed_form";

    public static async Task ApplyAsync(HttpContext context, Func<Task> next)
    {
        if (context.Request.HasFormContentType)
        {
            try
            {
                await context.Request.ReadFormAsync(context.RequestAborted);
            }
            catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
            {
                var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MalformedFormGuard).FullName!);
                Refused(logger, context.Request.Path, Code);
                await RefuseAsync(context);
                return;
            }
        }
        await next();
    }

    private static Task RefuseAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/connect", StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return context.Response.WriteAsJsonAsync(new Dictionary<string, string>
            {
                ["error"] = "invalid_request",
                ["error_description"] = "The request body is malformed or too large.",
            });
        }
        var urls = context.RequestServices.GetRequiredService<FlowUrls>();
        context.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.Response.Headers.Location = urls.Error(FlowErrorKind.BadRequest, context.TraceIdentifier);
        return Task.CompletedTask;
    }

    [LoggerMessage(EventId = 4309, Level = LogLevel.Information, Message = "Request to {Path} refused: {Code}")]
    private static partial void Refused(ILogger logger, string path, string code);
}
