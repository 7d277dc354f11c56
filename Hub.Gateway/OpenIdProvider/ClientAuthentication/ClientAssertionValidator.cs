using Hub.Adapters.Abstractions;
using Hub.Gateway.OpenIdProvider.Authorization;
using Hub.Gateway.OpenIdProvider.Options;
using Hub.TrustList.Common;
using Hub.TrustList.Model;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Gateway.OpenIdProvider.ClientAuthentication;

/// <summary>
/// Validates a private_key_jwt client assertion (RFC 7523, OIDC Core 9) against the JWKS pinned for the RP in the
/// trust list: ES256/RS256/PS256 only; iss = sub = client_id; aud = the issuer (RFC 10070) or the token endpoint
/// (OIDC Core), one value; a short exp; a jti that is used once (replay cache, across instances).
/// </summary>
public sealed class ClientAssertionValidator(IReplayCache replayCache, TimeProvider time, IOptions<HubOpenIdProviderOptions> options)
{
    public static IReadOnlySet<string> Algorithms { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSsaPssSha256,
    };

    private static readonly HashSet<string> AcceptedTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "JWT", "client-authentication+jwt", "application/client-authentication+jwt",
    };

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public async Task<Result<string, OpenIdError>> ValidateAsync(string assertion, RelyingPartyEntry relyingParty, CancellationToken cancellationToken)
    {
        var settings = options.Value.OpenIdProvider;
        if (!TryRead(assertion, out var unvalidated) || unvalidated.IsEncrypted)
        {
            return ClientAuthenticationErrors.Invalid("op.client_assertion.malformed", "The client assertion is not a signed JWT.");
        }
        if (!Algorithms.Contains(unvalidated.Alg))
        {
            return ClientAuthenticationErrors.Invalid("op.client_assertion.algorithm", "The client assertion must be signed with ES256, RS256 or PS256.");
        }
        if (!string.IsNullOrEmpty(unvalidated.Typ) && !AcceptedTypes.Contains(unvalidated.Typ))
        {
            return ClientAuthenticationErrors.Invalid("op.client_assertion.type", "The client assertion has an unexpected typ.");
        }
        var keys = PinnedClientKeys.SigningKeys(relyingParty);
        if (keys.Count == 0)
        {
            return ClientAuthenticationErrors.Invalid("op.client.no_keys", "No signing key is pinned for this client in the trust list.");
        }

        var result = await _handler.ValidateTokenAsync(assertion, Parameters(relyingParty.ClientId, keys, settings));
        if (!result.IsValid)
        {
            return Map(result.Exception);
        }
        var token = (JsonWebToken)result.SecurityToken;
        if (!string.Equals(token.Subject, relyingParty.ClientId, StringComparison.Ordinal))
        {
            return ClientAuthenticationErrors.Invalid("op.client_assertion.subject", "The client assertion's sub must be the client_id.");
        }
        if (token.Audiences.Count() != 1)
        {
            return ClientAuthenticationErrors.Invalid("op.client_assertion.audience", "The client assertion must name exactly one audience.");
        }
        if (CheckLifetime(token, time.GetUtcNow().UtcDateTime, settings) is { } lifetimeError)
        {
            return lifetimeError;
        }
        if (string.IsNullOrEmpty(token.Id))
        {
            return ClientAuthenticationErrors.Invalid("op.client_assertion.jti", "The client assertion has no jti.");
        }
        var replayKey = $"op:jti:{relyingParty.ClientId}:{token.Id}";
        if (!await replayCache.TryAddAsync(replayKey, new DateTimeOffset(token.ValidTo, TimeSpan.Zero) + settings.ClockSkew, cancellationToken))
        {
            return ClientAuthenticationErrors.Invalid("op.client_assertion.replayed", "The client assertion was already used.");
        }
        return Result<string, OpenIdError>.Ok(relyingParty.ClientId);
    }

    /// <summary>Reads the unvalidated issuer (to find the client when client_id is absent). Null if unreadable.</summary>
    public static string? PeekIssuer(string assertion) => TryRead(assertion, out var token) ? token.Issuer : null;

    private TokenValidationParameters Parameters(string clientId, IReadOnlyList<SecurityKey> keys, OpenIdProviderSettings settings)
    {
        var issuer = options.Value.Issuer.AbsoluteUri;
        return new TokenValidationParameters
        {
            ValidIssuer = clientId,
            ValidAudiences = [issuer, issuer.TrimEnd('/'), issuer + OpenIdProviderEndpoints.Token],
            IssuerSigningKeys = keys,
            ValidAlgorithms = Algorithms,
            RequireSignedTokens = true,
            // Lifetime is checked against the injected TimeProvider in CheckLifetime.
            ValidateLifetime = false,
            TryAllIssuerSigningKeys = true,
        };
    }

    private static OpenIdError? CheckLifetime(JsonWebToken token, DateTime now, OpenIdProviderSettings settings)
    {
        if (token.ValidTo == DateTime.MinValue)
        {
            return ClientAuthenticationErrors.Invalid("op.client_assertion.no_expiry", "The client assertion has no exp.");
        }
        if (token.ValidTo + settings.ClockSkew < now)
        {
            return ClientAuthenticationErrors.Invalid("op.client_assertion.expired", "The client assertion has expired.");
        }
        if (token.ValidTo - now > settings.ClientAssertionMaxLifetime + settings.ClockSkew)
        {
            return ClientAuthenticationErrors.Invalid("op.client_assertion.lifetime", "The client assertion is valid for too long.");
        }
        if (token.ValidFrom != DateTime.MinValue && token.ValidFrom - settings.ClockSkew > now)
        {
            return ClientAuthenticationErrors.Invalid("op.client_assertion.not_yet_valid", "The client assertion is not yet valid.");
        }
        if (token.IssuedAt != DateTime.MinValue && token.IssuedAt - settings.ClockSkew > now)
        {
            return ClientAuthenticationErrors.Invalid("op.client_assertion.issued_in_future", "The client assertion was issued in the future.");
        }
        return null;
    }

    private static bool TryRead(string assertion, out JsonWebToken token)
    {
        try
        {
            token = new JsonWebToken(assertion);
            return true;
        }
        catch (ArgumentException)
        {
            token = null!;
            return false;
        }
    }

    private static OpenIdError Map(Exception? exception) => exception switch
    {
        SecurityTokenInvalidAudienceException => ClientAuthenticationErrors.Invalid("op.client_assertion.audience", "The client assertion's aud is not this hub."),
        SecurityTokenInvalidIssuerException => ClientAuthenticationErrors.Invalid("op.client_assertion.issuer", "The client assertion's iss must be the client_id."),
        SecurityTokenInvalidAlgorithmException => ClientAuthenticationErrors.Invalid("op.client_assertion.algorithm", "The client assertion's algorithm is not accepted."),
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException
            => ClientAuthenticationErrors.Invalid("op.client_assertion.signature", "The client assertion's signature does not match the pinned keys."),
        _ => ClientAuthenticationErrors.Invalid("op.client_assertion.invalid", "The client assertion is invalid."),
    };
}
