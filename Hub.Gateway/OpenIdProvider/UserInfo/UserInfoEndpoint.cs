using System.Text.Json.Nodes;
using Hub.Gateway.OpenIdProvider.Release;
using Hub.Gateway.OpenIdProvider.Handlers;
using Hub.Gateway.OpenIdProvider.Logging;
using Hub.Gateway.Stores.Abstractions;
using Hub.TrustList.Loading;
using Hub.TrustList.Model;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hub.Gateway.OpenIdProvider.UserInfo;

/// <summary>
/// The passthrough part of <c>/connect/userinfo</c>: OpenIddict has validated the access token; this refuses it if
/// it was revoked (<see cref="ITokenRevocationStore"/>: consent withdrawn, code reused) or its RP is no longer accredited, then returns sub and the released claims.
/// </summary>
internal static class UserInfoEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpContext httpContext, ITokenRevocationStore revocation, ITrustListSource trustList, ILoggerFactory loggerFactory)
    {
        var logger = loggerFactory.CreateLogger(typeof(UserInfoEndpoint));
        var authenticated = await httpContext.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var principal = authenticated.Principal;
        var subject = principal?.GetClaim(Claims.Subject);
        var clientId = principal?.GetPresenters().FirstOrDefault() ?? principal?.GetClaim(Claims.ClientId);
        var issuedAt = principal?.GetCreationDate();
        if (principal is null || subject is null || clientId is null || issuedAt is null)
        {
            return Refuse(logger, clientId, "op.userinfo.invalid_token", "The access token is not valid.");
        }
        if (trustList.Current?.FindRelyingParty(clientId) is not { Status: EntryStatus.Accredited })
        {
            return Refuse(logger, clientId, "op.userinfo.client_not_accredited", "The client is no longer accredited.");
        }
        if (await revocation.GetRevokedAtAsync(subject, clientId, httpContext.RequestAborted) is { } revokedAt && issuedAt.Value <= revokedAt)
        {
            return Refuse(logger, clientId, "op.userinfo.revoked", "The access token was revoked.");
        }
        var response = new JsonObject { [Claims.Subject] = subject };
        foreach (var (name, value) in ReleasedClaims.FromJson(principal.GetClaim(HubClaimTypes.Released)).Values)
        {
            response[name] = value.DeepClone();
        }
        return Results.Content(response.ToJsonString(), "application/json; charset=utf-8");
    }

    private static IResult Refuse(ILogger logger, string? clientId, string code, string description)
    {
        OpenIdProviderLog.UserInfoRefused(logger, clientId, code);
        var properties = new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.InvalidToken,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        });
        return Results.Challenge(properties, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }
}
