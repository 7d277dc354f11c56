using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hub.Gateway.OpenIdProvider.Authorization;
using Hub.Gateway.OpenIdProvider.ClientAuthentication;
using Hub.Gateway.OpenIdProvider.Codes;
using Hub.Gateway.OpenIdProvider.Logging;
using Hub.Gateway.Operations.Telemetry;
using Hub.Gateway.Stores.Abstractions;
using Hub.TrustList.Common;
using Hub.Adapters.Oidc.Requests;
using Microsoft.Net.Http.Headers;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hub.Gateway.OpenIdProvider.Token;

/// <summary>
/// <c>/connect/token</c>, the hub's own code (docs/decisions/0008-lean-token-endpoint.md): the authorization code
/// grant only. In this order: the request's form (<see cref="TokenRequestReader"/>), the grant type, the required
/// parameters, the client (<see cref="ClientAuthenticator"/>: trust list, pinned JWKS, jti replay), then the code,
/// taken from the shared store atomically and once (<see cref="IAuthorizationCodeStore"/>), then its bindings: the
/// client it was issued to, the exact redirect_uri, its expiry and the S256 PKCE verifier. The code is used up by
/// that first redemption even when a binding check then fails (RFC 6749 4.1.2, OAuth 2.1). A failed client
/// authentication or a missing parameter leaves the code unused.
/// </summary>
internal sealed class TokenEndpoint(
    ClientAuthenticator clients,
    IAuthorizationCodeStore codes,
    ITokenRevocationStore revocation,
    TokenIssuer issuer,
    TimeProvider time,
    ILogger<TokenEndpoint> logger)
{
    private const string ReplayedCode = "op.code.replayed";

    public async Task HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var read = await TokenRequestReader.ReadAsync(context.Request, cancellationToken);
        if (!read.IsSuccess)
        {
            await RefuseAsync(context, null, read.Error!);
            return;
        }
        var request = read.Value;
        using var span = HubTelemetry.Start("hub.token");
        span?.SetTag("hub.client", request.Client.ClientId);

        var missing = MissingParameter(request);
        if (missing is not null)
        {
            await RefuseAsync(context, request.Client.ClientId, missing);
            return;
        }
        var client = await clients.AuthenticateAsync(request.Client, cancellationToken);
        if (!client.IsSuccess)
        {
            await RefuseAsync(context, request.Client.ClientId, client.Error!);
            return;
        }
        var clientId = client.Value.ClientId;
        var redeemed = await RedeemAsync(request, clientId, cancellationToken);
        if (!redeemed.IsSuccess)
        {
            await RefuseAsync(context, clientId, redeemed.Error!);
            return;
        }
        var tokens = await issuer.IssueAsync(redeemed.Value, clientId, cancellationToken);
        await WriteTokensAsync(context, tokens);
    }

    private static OpenIdError? MissingParameter(TokenRequest request)
    {
        if (request.GrantType is null)
        {
            return Invalid("op.token.grant_type_missing", "The grant_type parameter is missing.");
        }
        if (request.GrantType != GrantTypes.AuthorizationCode)
        {
            return new OpenIdError(Errors.UnsupportedGrantType, "op.token.grant_type_unsupported", "Only the authorization_code grant is supported.");
        }
        if (request.Code is null)
        {
            return Invalid("op.token.code_missing", "The code parameter is missing.");
        }
        if (request.RedirectUri is null)
        {
            return Invalid("op.token.redirect_uri_missing", "The redirect_uri parameter is missing.");
        }
        return request.CodeVerifier is null
            ? Invalid("op.token.code_verifier_missing", "The code_verifier parameter is missing (PKCE is required).")
            : null;
    }

    private async Task<Result<RedeemedCode, OpenIdError>> RedeemAsync(TokenRequest request, string clientId, CancellationToken cancellationToken)
    {
        if (!CodeHandle.IsWellFormed(request.Code))
        {
            return InvalidGrant("op.code.malformed", "The specified authorization code is invalid.");
        }
        var redemption = await codes.TryRedeemAsync<StoredCodePrincipal>(request.Code!, cancellationToken);
        if (redemption.Status == CodeRedemptionStatus.AlreadyRedeemed)
        {
            // RFC 6749 4.1.2: revoke what the code gave. Access tokens of that person at that RP issued until now stop
            // working at userinfo; the owner is the one recorded at issuance, whoever replays the code.
            if (redemption.Owner is { Subject.Length: > 0, ClientId.Length: > 0 } owner)
            {
                await revocation.RevokeAsync(owner.Subject, owner.ClientId, time.GetUtcNow(), cancellationToken);
            }
            return InvalidGrant(ReplayedCode, "The authorization code was already used.");
        }
        if (redemption.Status != CodeRedemptionStatus.Redeemed || redemption.Data is null)
        {
            return InvalidGrant("op.code.unknown", "The specified authorization code is invalid.");
        }
        var code = RedeemedCode.From(redemption.Data);
        if (!string.Equals(code.ClientId, clientId, StringComparison.Ordinal))
        {
            return InvalidGrant("op.code.other_client", "The authorization code was issued to another client.");
        }
        if (code.ExpiresAt is not { } expiresAt || expiresAt <= time.GetUtcNow())
        {
            return InvalidGrant("op.code.expired", "The authorization code has expired.");
        }
        if (!string.Equals(code.RedirectUri, request.RedirectUri, StringComparison.Ordinal))
        {
            return InvalidGrant("op.code.redirect_uri", "The redirect_uri differs from the one of the authorization request.");
        }
        if (code.CodeChallengeMethod != CodeChallengeMethods.Sha256 || string.IsNullOrEmpty(code.CodeChallenge))
        {
            return InvalidGrant("op.code.no_pkce", "The authorization code was not bound to an S256 PKCE challenge.");
        }
        if (!VerifierMatches(request.CodeVerifier!, code.CodeChallenge))
        {
            return InvalidGrant("op.code.verifier", "The code_verifier does not match the code_challenge.");
        }
        if (string.IsNullOrEmpty(code.Subject))
        {
            return InvalidGrant("op.code.no_subject", "The specified authorization code is invalid.");
        }
        return Result<RedeemedCode, OpenIdError>.Ok(code);
    }

    /// <summary>RFC 7636 4.6: the verifier's S256 challenge equals the code's, compared in fixed time.</summary>
    private static bool VerifierMatches(string verifier, string challenge)
        => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Pkce.Challenge(verifier)), Encoding.ASCII.GetBytes(challenge));

    private static async Task WriteTokensAsync(HttpContext context, IssuedTokens tokens)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        NoStore(response);
        response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(response.BodyWriter);
        json.WriteStartObject();
        json.WriteString(Parameters.AccessToken, tokens.AccessToken);
        json.WriteString(Parameters.TokenType, TokenTypes.Bearer);
        json.WriteNumber(Parameters.ExpiresIn, (long)tokens.AccessTokenLifetime.TotalSeconds);
        json.WriteString(Parameters.Scope, string.Join(' ', tokens.Scopes));
        json.WriteString(Parameters.IdToken, tokens.IdToken);
        json.WriteEndObject();
    }

    /// <summary>Every refusal is logged once here: a replayed code as a warning of its own, anything else by its code.</summary>
    private async Task RefuseAsync(HttpContext context, string? clientId, OpenIdError error)
    {
        if (error.Code == ReplayedCode)
        {
            OpenIdProviderLog.AuthorizationCodeReplayed(logger, clientId);
        }
        else
        {
            OpenIdProviderLog.TokenRequestRejected(logger, clientId, error.Code);
        }
        var response = context.Response;
        response.StatusCode = StatusCodes.Status400BadRequest;
        if (error.Error == Errors.InvalidClient)
        {
            // RFC 6749 5.2: 401, with a challenge for the scheme the client tried when it used the Authorization header.
            response.StatusCode = StatusCodes.Status401Unauthorized;
            if (context.Request.Headers[HeaderNames.Authorization].ToString().StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
            {
                response.Headers.WWWAuthenticate = "Basic realm=\"hub\"";
            }
        }
        NoStore(response);
        response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(response.BodyWriter);
        json.WriteStartObject();
        json.WriteString(Parameters.Error, error.Error);
        json.WriteString(Parameters.ErrorDescription, error.Description);
        json.WriteEndObject();
    }

    private static void NoStore(HttpResponse response)
    {
        response.Headers.CacheControl = "no-store";
        response.Headers.Pragma = "no-cache";
    }

    private static OpenIdError Invalid(string code, string description) => new(Errors.InvalidRequest, code, description);

    private static OpenIdError InvalidGrant(string code, string description) => new(Errors.InvalidGrant, code, description);
}
