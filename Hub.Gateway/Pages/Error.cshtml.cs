using System.Text.RegularExpressions;
using Hub.Gateway.Flow;
using Hub.Gateway.Stores.Abstractions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hub.Gateway.Pages;

/// <summary>
/// The one error page: what happened and what to do (ja/en), and a correlation id that support can find in the
/// logs (the id of the request that failed). No stack trace, ever.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed partial class ErrorModel : PageModel
{
    public string Slug { get; private set; } = "unexpected";

    public string CorrelationId { get; private set; } = string.Empty;

    public IActionResult OnGet(string? kind, string? id) => Render(kind, id);

    public IActionResult OnPost(string? kind, string? id) => Render(kind, id);

    private PageResult Render(string? kind, string? id)
    {
        var failure = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        var parsed = failure is StoreUnavailableException ? FlowErrorKind.StoreUnavailable : FlowUrls.ParseSlug(kind);
        Slug = parsed is { } known ? FlowUrls.ErrorSlug(known) : "unexpected";
        CorrelationId = id is not null && SafeId().IsMatch(id) ? id : HttpContext.TraceIdentifier;
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
