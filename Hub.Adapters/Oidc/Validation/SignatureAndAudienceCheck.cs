using Hub.Adapters.Abstractions;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Adapters.Oidc.Validation;

/// <summary>
/// Signature, iss and aud through <see cref="JsonWebTokenHandler"/>, with parameters that allow exactly one key (the
/// pinned one chosen by <see cref="PinnedKeySelector"/>) and exactly one algorithm. No configuration manager, so
/// nothing is ever fetched. Times are checked by <see cref="IdTokenClaimRules"/> against the injected clock, because
/// the handler's lifetime check reads the system clock.
/// </summary>
internal static class SignatureAndAudienceCheck
{
    private static readonly JsonWebTokenHandler Handler = new();

    public static async Task<AdapterError?> RunAsync(JsonWebToken token, SecurityKey key, IdTokenExpectations expected)
    {
        var parameters = new TokenValidationParameters
        {
            ValidAlgorithms = [token.Alg],
            IssuerSigningKeyResolver = (_, _, _, _) => [key],
            TryAllIssuerSigningKeys = false,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = false,
            ValidateIssuer = true,
            ValidIssuer = expected.Issuer,
            ValidateAudience = true,
            ValidAudience = expected.ClientId,
            IgnoreTrailingSlashWhenValidatingAudience = false,
            RequireAudience = true,
            ValidateLifetime = false,
            RequireExpirationTime = false,
            ValidateTokenReplay = false,
            ConfigurationManager = null,
            SaveSigninToken = false,
        };
        var result = await Handler.ValidateTokenAsync(token, parameters).ConfigureAwait(false);
        return result.IsValid ? null : ToError(result.Exception);
    }

    private static AdapterError ToError(Exception? exception) => exception switch
    {
        SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException
            => OidcErrors.Rejected(OidcErrorCodes.IdTokenSignatureInvalid, "The ID token signature does not verify with the pinned key."),
        SecurityTokenInvalidIssuerException
            => OidcErrors.Rejected(OidcErrorCodes.IdTokenIssuerInvalid, "The ID token's iss is not the pinned issuer."),
        SecurityTokenInvalidAudienceException
            => OidcErrors.Rejected(OidcErrorCodes.IdTokenAudienceInvalid, "The ID token's aud does not contain the hub's client_id."),
        SecurityTokenInvalidAlgorithmException
            => OidcErrors.Rejected(OidcErrorCodes.IdTokenAlgNotAllowed, "The ID token's algorithm is not allowed."),
        _ => OidcErrors.Rejected(OidcErrorCodes.IdTokenInvalid, $"The ID token is invalid ({exception?.GetType().Name})."),
    };
}
