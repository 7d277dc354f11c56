using Hub.Gateway.Flow;
using Microsoft.AspNetCore.Diagnostics;

namespace Hub.Gateway.Pages;

/// <summary>
/// Lets a part of the hub that cannot render a page itself (the OpenID provider's handlers, for a request that cannot
/// go back to the RP) answer with the hub's localised bad-request page, in place: same status (400), no redirect,
/// the request's own correlation id, and the OAuth error code and description for whoever debugs the RP. Built on
/// the status-code re-execution of ASP.NET Core, switched off for every response that does not ask for it.
/// </summary>
public static class ErrorPageInPlace
{
    private const string ErrorItem = "hub.error-page.error";
    private const string DescriptionItem = "hub.error-page.description";
    private const string KindItem = "hub.error-page.kind";

    /// <summary>Re-executes <c>/error/bad-request</c> for a response that <see cref="TryRequest"/> asked it for.</summary>
    public static WebApplication UseHubErrorPageInPlace(this WebApplication app)
    {
        app.UseStatusCodePagesWithReExecute("/" + FlowPaths.Error + "/" + FlowUrls.ErrorSlug(FlowErrorKind.BadRequest));
        app.Use((context, next) =>
        {
            // Off unless asked: an API's bodiless 401 or 404 stays as it is.
            if (context.Features.Get<IStatusCodePagesFeature>() is { } feature)
            {
                feature.Enabled = false;
            }
            return next(context);
        });
        return app;
    }

    /// <summary>
    /// Asks for the bad-request page (or the page of <paramref name="kind"/>, e.g. the flow-expired one when the
    /// request was right but its sign-in is gone) in place of a 400 the caller leaves without a body. False when the
    /// host has no re-execution (the caller then writes its own answer).
    /// </summary>
    public static bool TryRequest(HttpContext context, string error, string? description, FlowErrorKind kind = FlowErrorKind.BadRequest)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Features.Get<IStatusCodePagesFeature>() is not { } feature)
        {
            return false;
        }
        feature.Enabled = true;
        context.Items[ErrorItem] = error;
        context.Items[DescriptionItem] = description;
        context.Items[KindItem] = kind;
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return true;
    }

    /// <summary>The OAuth error code and description a re-executed page shows, and the page's kind, if any.</summary>
    public static (string? Error, string? Description, FlowErrorKind? Kind) Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return (context.Items[ErrorItem] as string, context.Items[DescriptionItem] as string, context.Items[KindItem] as FlowErrorKind?);
    }
}
