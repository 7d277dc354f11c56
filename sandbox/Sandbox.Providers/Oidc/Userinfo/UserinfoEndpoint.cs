using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Sandbox.Providers.Common;

namespace Sandbox.Providers.Oidc.Userinfo;

/// <summary>GET or POST /userinfo with a Bearer access token: the resident's claims, in the provider's names, with sub.</summary>
internal sealed class UserinfoEndpoint(OidcServices services)
{
    public Task HandleAsync(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
        var grant = services.AccessTokens.Get(token);
        if (grant is null)
        {
            SandboxLog.UserinfoRejected(services.Logger, token is null ? "no bearer token" : "unknown or expired token");
            context.Response.Headers.WWWAuthenticate = token is null
                ? "Bearer"
                : "Bearer error=\"invalid_token\", error_description=\"The access token is unknown or expired.\"";
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        }
        var claims = new JsonObject { ["sub"] = grant.Resident.Subject };
        foreach (var (name, value) in services.Profile.ClaimsFor(grant.Resident, grant.Brand))
        {
            claims[name] = Json.ToNode(value);
        }
        return Json.WriteAsync(context, StatusCodes.Status200OK, claims);
    }
}
