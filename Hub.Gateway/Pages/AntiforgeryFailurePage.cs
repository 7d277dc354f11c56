using Hub.Gateway.Flow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;

namespace Hub.Gateway.Pages;

/// <summary>
/// A form posted without a valid antiforgery token (a stale page, another browser) gets the hub's bad-request page
/// with a correlation id rather than a bare 400.
/// </summary>
internal sealed class AntiforgeryFailurePage : IAlwaysRunResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is IAntiforgeryValidationFailedResult)
        {
            var urls = context.HttpContext.RequestServices.GetRequiredService<FlowUrls>();
            context.Result = new RedirectResult(urls.Error(FlowErrorKind.BadRequest, context.HttpContext.TraceIdentifier), permanent: false, preserveMethod: false);
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
