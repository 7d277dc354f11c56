using Hub.Gateway.Flow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hub.Gateway.Pages.Flow;

/// <summary>What the flow pages share: the flow parameter, the gate (flow exists and belongs to this browser), and redirects.</summary>
public abstract class FlowPageModel : PageModel
{
    [BindProperty(SupportsGet = true, Name = FlowPaths.FlowParameter)]
    public string? FlowId { get; set; }

    private protected T Service<T>() where T : notnull => HttpContext.RequestServices.GetRequiredService<T>();

    private protected IActionResult Next(FlowNext next)
        => new SeeOtherResult(next.Location ?? Service<FlowUrls>().Error(next.Error!.Value, HttpContext.TraceIdentifier, next.ReturnFlowId));

    private protected IActionResult ErrorPage(FlowErrorKind kind) => Next(FlowNext.Fail(kind));

    /// <summary>A 303, so that a POST is never repeated by the browser.</summary>
    private sealed class SeeOtherResult(string location) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context)
        {
            context.HttpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
            context.HttpContext.Response.Headers.Location = location;
            return Task.CompletedTask;
        }
    }
}
