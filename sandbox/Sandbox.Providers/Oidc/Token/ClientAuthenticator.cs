using System.Text;
using Hub.TrustList.Common;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Sandbox.Providers.Common;

namespace Sandbox.Providers.Oidc.Token;

/// <summary>
/// Token-endpoint client authentication: client_secret_basic (demo secret, compared in constant time) or
/// private_key_jwt (RFC 7523) against the hub's configured JWKS, with aud = the token endpoint (or the issuer),
/// iss = sub = client_id, exp required and each jti accepted once. Exactly one method per request.
/// </summary>
internal sealed class ClientAuthenticator(
    OidcSandboxProviderOptions options, IReadOnlyList<SecurityKey>? clientKeys, ExpiringStore<string> usedJtis)
{
    public const string JwtBearerAssertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);
    private readonly JsonWebTokenHandler _handler = new();

    public async Task<Result<string, OAuthError>> AuthenticateAsync(
        string? authorization, FormFields form, string tokenEndpoint, string issuer)
    {
        var basic = authorization is not null && authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase);
        var assertion = form.Contains("client_assertion") || form.Contains("client_assertion_type");
        if (form.Contains("client_secret"))
        {
            return OAuthError.InvalidClient("client_secret_post is not supported; use client_secret_basic or private_key_jwt.");
        }
        if (basic && assertion)
        {
            return OAuthError.InvalidRequest("Use exactly one client authentication method.");
        }
        if (basic)
        {
            return Basic(authorization!["Basic ".Length..].Trim(), form["client_id"]);
        }
        if (assertion)
        {
            return await PrivateKeyJwtAsync(form, tokenEndpoint, issuer).ConfigureAwait(false);
        }
        return OAuthError.InvalidClient("Client authentication is required.");
    }

    private Result<string, OAuthError> Basic(string credentials, string? formClientId)
    {
        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(credentials));
        }
        catch (FormatException)
        {
            return OAuthError.InvalidClient("Malformed Basic credentials.");
        }
        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return OAuthError.InvalidClient("Malformed Basic credentials.");
        }
        // RFC 6749 §2.3.1: client_id and secret are form-urlencoded before Basic encoding.
        var clientId = RawQuery.Decode(decoded[..colon]);
        var secret = RawQuery.Decode(decoded[(colon + 1)..]);
        if (clientId != options.ClientId || options.ClientSecret is null || !Secrets.AreEqual(options.ClientSecret, secret))
        {
            return OAuthError.InvalidClient("Client authentication failed.");
        }
        return formClientId is null || formClientId == clientId
            ? Result<string, OAuthError>.Ok(clientId)
            : OAuthError.InvalidRequest("client_id does not match the authenticated client.");
    }

    private async Task<Result<string, OAuthError>> PrivateKeyJwtAsync(FormFields form, string tokenEndpoint, string issuer)
    {
        if (form["client_assertion_type"] != JwtBearerAssertionType || form["client_assertion"] is not { } jwt)
        {
            return OAuthError.InvalidClient("client_assertion_type must be jwt-bearer with one client_assertion.");
        }
        if (clientKeys is null)
        {
            return OAuthError.InvalidClient("private_key_jwt is not configured for this client.");
        }
        var result = await _handler.ValidateTokenAsync(jwt, Parameters(tokenEndpoint, issuer)).ConfigureAwait(false);
        if (!result.IsValid || result.SecurityToken is not JsonWebToken token)
        {
            return OAuthError.InvalidClient("The client assertion is not valid.");
        }
        if (token.Subject != options.ClientId || (form["client_id"] is { } id && id != options.ClientId))
        {
            return OAuthError.InvalidClient("The client assertion's sub must be the client_id.");
        }
        var remaining = token.ValidTo - options.TimeProvider.GetUtcNow().UtcDateTime + ClockSkew;
        if (string.IsNullOrEmpty(token.Id) || !usedJtis.TryAdd(token.Id, token.Id, remaining))
        {
            return OAuthError.InvalidClient("The client assertion has no jti or was already used.");
        }
        return Result<string, OAuthError>.Ok(options.ClientId);
    }

    private TokenValidationParameters Parameters(string tokenEndpoint, string issuer) => new()
    {
        ValidIssuer = options.ClientId,
        ValidAudiences = [tokenEndpoint, issuer],
        IssuerSigningKeys = clientKeys,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.EcdsaSha256],
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        LifetimeValidator = (notBefore, expires, _, _) =>
        {
            var now = options.TimeProvider.GetUtcNow().UtcDateTime;
            return expires is { } exp && exp + ClockSkew > now && (notBefore is null || notBefore - ClockSkew <= now);
        },
    };
}
