using System.Text.Json.Nodes;
using Hub.TrustList.Common;
using Microsoft.AspNetCore.Http;
using Sandbox.Providers.Common;

namespace Sandbox.Providers.Oidc.Token;

/// <summary>
/// POST /token, grant_type=authorization_code only: authenticate the client, redeem the code once, check it is
/// bound to this client, redirect_uri and PKCE verifier, then issue the ID token and an opaque access token.
/// </summary>
internal sealed class TokenEndpoint(OidcServices services)
{
    public async Task HandleAsync(HttpContext context)
    {
        var result = await ExchangeAsync(context).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            SandboxLog.TokenRejected(services.Logger, result.Error!.Error, result.Error.Description);
            await result.Error.WriteAsync(context).ConfigureAwait(false);
            return;
        }
        await Json.WriteAsync(context, StatusCodes.Status200OK, result.Value).ConfigureAwait(false);
    }

    private async Task<Result<JsonObject, OAuthError>> ExchangeAsync(HttpContext context)
    {
        var form = await FormFields.ReadFormAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        if (form is null || form.HasDuplicates)
        {
            return OAuthError.InvalidRequest("The request must be a form post with each parameter once.");
        }
        var client = await services.ClientAuthenticator.AuthenticateAsync(
            context.Request.Headers.Authorization.ToString() is { Length: > 0 } a ? a : null,
            form, services.Url(OidcServices.TokenPath), services.Issuer).ConfigureAwait(false);
        if (!client.IsSuccess)
        {
            return client.Error!;
        }
        if (form["grant_type"] != "authorization_code")
        {
            return new OAuthError("unsupported_grant_type", "Only authorization_code is supported.");
        }
        if (form["code"] is not { } code)
        {
            return OAuthError.InvalidRequest("code is missing.");
        }
        var grant = Redeem(code);
        if (!grant.IsSuccess)
        {
            return grant.Error!;
        }
        var checkedGrant = Check(grant.Value, client.Value, form, services.Options.Faults.HasFlag(SandboxFaults.PkceIgnored));
        return checkedGrant.IsSuccess ? Issue(code, checkedGrant.Value) : checkedGrant.Error!;
    }

    private Result<AuthorizationCodeGrant, OAuthError> Redeem(string code)
    {
        var redemption = services.Codes.Redeem(code);
        switch (redemption.Outcome)
        {
            case CodeRedemptionOutcome.Redeemed:
                return Result<AuthorizationCodeGrant, OAuthError>.Ok(redemption.Grant!);
            case CodeRedemptionOutcome.Reused:
                SandboxLog.CodeReused(services.Logger);
                foreach (var token in redemption.RevokedAccessTokens)
                {
                    services.AccessTokens.Remove(token);
                }
                return OAuthError.InvalidGrant("The code was already used.");
            case CodeRedemptionOutcome.Expired:
                return OAuthError.InvalidGrant("The code has expired.");
            default:
                return OAuthError.InvalidGrant("The code is unknown.");
        }
    }

    private static Result<AuthorizationCodeGrant, OAuthError> Check(AuthorizationCodeGrant grant, string clientId, FormFields form, bool ignorePkce)
    {
        if (grant.ClientId != clientId)
        {
            return OAuthError.InvalidGrant("The code was issued to another client.");
        }
        if (form["redirect_uri"] != grant.RedirectUri)
        {
            return OAuthError.InvalidGrant("redirect_uri does not match the authorization request.");
        }
        return ignorePkce || Pkce.Matches(grant.CodeChallenge, form["code_verifier"])
            ? Result<AuthorizationCodeGrant, OAuthError>.Ok(grant)
            : OAuthError.InvalidGrant("The PKCE code_verifier does not match the code_challenge.");
    }

    private Result<JsonObject, OAuthError> Issue(string code, AuthorizationCodeGrant grant)
    {
        var accessToken = services.Options.Random.NextToken();
        if (!services.AccessTokens.TryAdd(accessToken, new AccessTokenGrant(grant.ClientId, grant.Resident, grant.Scope, grant.Brand), services.Options.TokenLifetime))
        {
            return new OAuthError("temporarily_unavailable", "Too many access tokens are outstanding.", StatusCodes.Status503ServiceUnavailable);
        }
        services.Codes.RecordAccessToken(code, accessToken);
        return Result<JsonObject, OAuthError>.Ok(new JsonObject
        {
            ["access_token"] = accessToken,
            ["token_type"] = "Bearer",
            ["expires_in"] = (int)services.Options.TokenLifetime.TotalSeconds,
            ["scope"] = grant.Scope,
            ["id_token"] = services.IdTokens.Issue(services.Issuer, grant, services.Profile.ClaimsFor(grant.Resident, grant.Brand), accessToken),
        });
    }
}
