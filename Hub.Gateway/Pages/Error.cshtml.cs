using System.Text.RegularExpressions;
using Hub.Gateway.Flow;
using Hub.Gateway.Stores.Abstractions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hub.Gateway.Pages;

/// <summary>
/// The one error page: what happened and what to do (ja/en), and a correlation id that support can find in the
/// logs (the id of the request that failed). No stack trace, ever. After a refused consent it also carries the
/// button that returns to the service (the decided flow, if it is still this browser's, resumed at the provider,
/// which sends the RP access_denied with its state and iss).
/// </summary>
[IgnoreAntiforgeryToken]
public sealed partial class ErrorModel : PageModel
{
    public string Slug { get; private set; } = "unexpected";

    public string CorrelationId { get; private set; } = string.Empty;

    /// <summary>The OAuth error code of a request from an RP that could not be answered to the RP (bad-request page).</summary>
    public string? ProtocolError { get; private set; }

    /// <summary>The provider's description of <see cref="ProtocolError"/> (English).</summary>
    public string? ProtocolErrorDescription { get; private set; }

    /// <summary>Where "return to the service" goes: the refused flow's completion, or null (no button).</summary>
    public string? ReturnUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? kind, string? id, string? flow)
    {
        var page = Render(kind, id);
        if (Slug == FlowUrls.ErrorSlug(FlowErrorKind.ConsentRefused) && flow is not null)
        {
            ReturnUrl = await RefusedFlowReturnAsync(flow);
        }
        return page;
    }

    public IActionResult OnPost(string? kind, string? id) => Render(kind, id);

    /// <summary>The completion URL of a flow this browser refused, still waiting to be handed back; else null.</summary>
    private async Task<string?> RefusedFlowReturnAsync(string flowId)
    {
        var services = HttpContext.RequestServices;
        var (opened, _) = await services.GetRequiredService<FlowAccess>().OpenAsync(flowId, HttpContext, HttpContext.RequestAborted);
        return opened?.Value is { Stage: FlowStage.Completed, Outcome.Approved: false }
            ? services.GetRequiredService<FlowUrls>().Complete(flowId)
            : null;
    }

    private PageResult Render(string? kind, string? id)
    {
        var failure = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        var (protocolError, protocolDescription, inPlaceKind) = ErrorPageInPlace.Of(HttpContext);
        var parsed = failure is StoreUnavailableException ? FlowErrorKind.StoreUnavailable : inPlaceKind ?? FlowUrls.ParseSlug(kind);
        Slug = parsed is { } known ? FlowUrls.ErrorSlug(known) : "unexpected";
        CorrelationId = id is not null && SafeId().IsMatch(id) ? id : HttpContext.TraceIdentifier;
        (ProtocolError, ProtocolErrorDescription) = (protocolError, protocolDescription);
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            // Shown in place of another request's answer: the language switch reopens this page with the same
            // correlation id (the re-execution restores the original query string afterwards).
            Request.QueryString = QueryString.Create("id", CorrelationId);
        }
        if (failure is StoreUnavailableException)
        {
            FlowLog.StoreUnavailable(HttpContext.RequestServices.GetRequiredService<ILogger<ErrorModel>>(), HttpContext.Request.Path);
        }
        Response.StatusCode = parsed switch
        {
            FlowErrorKind.StoreUnavailable or FlowErrorKind.ProviderUnavailable => StatusCodes.Status503ServiceUnavailable,
            FlowErrorKind.ProviderSuspended or FlowErrorKind.LevelNotMet or FlowErrorKind.ConsentRefused => StatusCodes.Status403Forbidden,
            null => failure is null ? StatusCodes.Status404NotFound : StatusCodes.Status500InternalServerError,
            _ => StatusCodes.Status400BadRequest,
        };
        return Page();
    }

    [GeneratedRegex("^[A-Za-z0-9:._-]{1,64}$")]
    private static partial Regex SafeId();
}
