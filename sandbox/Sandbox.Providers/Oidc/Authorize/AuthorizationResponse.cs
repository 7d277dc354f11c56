using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Sandbox.Providers.Oidc.Authorize;

/// <summary>
/// Sends the browser back to the (registered) redirect URI with the response in the query, always with
/// <c>state</c> when the client sent one and <c>iss</c> (RFC 9207, mix-up defence).
/// </summary>
internal static class AuthorizationResponse
{
    public static void Redirect(
        HttpContext context, string redirectUri, string issuer, string? state, IEnumerable<KeyValuePair<string, string?>> parameters)
    {
        var query = new List<KeyValuePair<string, string?>>(parameters);
        if (state is not null)
        {
            query.Add(new("state", state));
        }
        query.Add(new("iss", issuer));
        context.Response.StatusCode = HttpMethods.IsPost(context.Request.Method)
            ? StatusCodes.Status303SeeOther
            : StatusCodes.Status302Found;
        context.Response.Headers.Location = QueryHelpers.AddQueryString(redirectUri, query);
    }

    public static void Error(HttpContext context, AuthorizeError error, string issuer) =>
        Redirect(context, error.RedirectUri!, issuer, error.State,
            [new("error", error.Error), new("error_description", error.Description)]);
}
