using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Sandbox.Providers.Oidc;

/// <summary>An OAuth 2.0 error response from the token or userinfo endpoint (RFC 6749 §5.2).</summary>
internal sealed record OAuthError(string Error, string Description, int Status = StatusCodes.Status400BadRequest)
{
    public static OAuthError InvalidRequest(string description) => new("invalid_request", description);
    public static OAuthError InvalidClient(string description) => new("invalid_client", description, StatusCodes.Status401Unauthorized);
    public static OAuthError InvalidGrant(string description) => new("invalid_grant", description);

    public Task WriteAsync(HttpContext context)
    {
        if (Status == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"token\"";
        }
        return Json.WriteAsync(context, Status, new JsonObject { ["error"] = Error, ["error_description"] = Description });
    }
}
