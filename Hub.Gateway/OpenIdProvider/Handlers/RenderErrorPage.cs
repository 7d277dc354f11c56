using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Http;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Gateway.OpenIdProvider.Handlers;

/// <summary>
/// An error that cannot go back to the RP (unknown client, unregistered redirect URI, expired flow...) gets an
/// HTML page with status 400 and a correlation id, instead of OpenIddict's plain-text dump: the hub's localised
/// bad-request page (<see cref="Hub.Gateway.Pages.ErrorPageInPlace"/>), or, in a host without it, a plain one.
/// </summary>
internal sealed class RenderErrorPage<TContext> : IOpenIddictServerHandler<TContext> where TContext : BaseRequestContext
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<TContext>()
            .UseSingletonHandler<RenderErrorPage<TContext>>()
            .SetOrder(OpenIddictServerAspNetCoreHandlers.ProcessLocalErrorResponse<TContext>.Descriptor.Order - 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(TContext context)
    {
        var response = context.Transaction.Response;
        var http = context.Transaction.GetHttpRequest()?.HttpContext;
        if (http is null || response is null || string.IsNullOrEmpty(response.Error))
        {
            return;
        }
        var kind = context.Transaction.Properties.TryGetValue(TransactionProperties.FlowGone, out var gone) && gone is true
            ? Flow.FlowErrorKind.FlowExpired
            : Flow.FlowErrorKind.BadRequest;
        if (Hub.Gateway.Pages.ErrorPageInPlace.TryRequest(http, response.Error, response.ErrorDescription, kind))
        {
            context.HandleRequest();
            return;
        }
        var html = HtmlEncoder.Default;
        var page = $"""
            <!DOCTYPE html>
            <html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>エラー / Error</title></head>
            <body><main>
            <h1>ログインを続けられません / The sign-in cannot continue</h1>
            <p>{html.Encode(response.ErrorDescription ?? string.Empty)}</p>
            <p>error: <code>{html.Encode(response.Error)}</code></p>
            <p>ID: <code>{html.Encode(http.TraceIdentifier)}</code></p>
            </main></body></html>
            """;
        var body = Encoding.UTF8.GetBytes(page);
        http.Response.StatusCode = StatusCodes.Status400BadRequest;
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.ContentLength = body.Length;
        await http.Response.Body.WriteAsync(body, context.CancellationToken);
        context.HandleRequest();
    }
}
