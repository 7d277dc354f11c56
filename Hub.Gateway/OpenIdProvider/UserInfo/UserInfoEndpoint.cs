using System.Text.Json.Nodes;
using Hub.Gateway.OpenIdProvider.Logging;
using Hub.Gateway.OpenIdProvider.Release;
using Hub.Gateway.Stores.Abstractions;
using Hub.TrustList.Loading;
using Hub.TrustList.Model;
using Microsoft.Net.Http.Headers;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hub.Gateway.OpenIdProvider.UserInfo;

/// <summary>
/// <c>/connect/userinfo</c> (OIDC Core 5.3): the bearer token from the Authorization header, or from a form body
/// (RFC 6750 2.1, 2.2; never from the query), read by <see cref="AccessTokenReader"/>; refused if it was revoked
/// (<see cref="ITokenRevocationStore"/>: consent withdrawn, code reused) or its RP is no longer accredited; otherwise
/// sub and the released claims.
/// </summary>
internal sealed class UserInfoEndpoint(
    AccessTokenReader reader, ITokenRevocationStore revocation, ITrustListSource trustList, ILogger<UserInfoEndpoint> logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsPost(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }
        var token = await BearerTokenAsync(context.Request, cancellationToken);
        if (token is null)
        {
            await RefuseAsync(context, null, "op.userinfo.missing_token", null, "The access token is missing.");
            return;
        }
        var grant = await reader.ReadAsync(token, cancellationToken);
        if (grant is null)
        {
            await RefuseAsync(context, null, "op.userinfo.invalid_token", Errors.InvalidToken, "The access token is not valid.");
            return;
        }
        if (trustList.Current?.FindRelyingParty(grant.ClientId) is not { Status: EntryStatus.Accredited })
        {
            await RefuseAsync(context, grant.ClientId, "op.userinfo.client_not_accredited", Errors.InvalidToken, "The client is no longer accredited.");
            return;
        }
        if (await revocation.GetRevokedAtAsync(grant.Subject, grant.ClientId, cancellationToken) is { } revokedAt && grant.IssuedAt <= revokedAt)
        {
            await RefuseAsync(context, grant.ClientId, "op.userinfo.revoked", Errors.InvalidToken, "The access token was revoked.");
            return;
        }
        var response = new JsonObject { [Claims.Subject] = grant.Subject };
        foreach (var (name, value) in ReleasedClaims.FromJson(grant.Released).Values)
        {
            response[name] = value.DeepClone();
        }
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(response.ToJsonString(), cancellationToken);
    }

    private static async Task<string?> BearerTokenAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var authorization = request.Headers[HeaderNames.Authorization].ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var value = authorization[7..].Trim();
            return value.Length > 0 ? value : null;
        }
        if (HttpMethods.IsPost(request.Method) && request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            return form.TryGetValue(Parameters.AccessToken, out var value) && value.Count == 1 && !string.IsNullOrEmpty(value) ? value.ToString() : null;
        }
        return null;
    }

    /// <summary>RFC 6750 3: 401 with a Bearer challenge; no error code when no token was sent at all (3.1).</summary>
    private Task RefuseAsync(HttpContext context, string? clientId, string code, string? error, string description)
    {
        OpenIdProviderLog.UserInfoRefused(logger, clientId, code);
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.WWWAuthenticate = error is null
            ? "Bearer realm=\"hub\""
            : $"Bearer realm=\"hub\", error=\"{error}\", error_description=\"{description}\"";
        return Task.CompletedTask;
    }
}
