using System.Text.Json;
using Hub.Adapters.Abstractions;
using Hub.Adapters.Oidc.Configuration;
using Hub.TrustList.Common;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Hub.Adapters.Oidc.Validation;

/// <summary>
/// Validates an ID token against the provider's pinned data: parse, header policy, pinned key selection, signature
/// with iss and aud, then the claim rules. Yields <see cref="ValidatedIdToken"/> or the first failed rule's error.
/// </summary>
internal sealed class IdTokenValidator(OidcAdapterOptions options, TimeProvider timeProvider)
{
    /// <summary>Far above any real ID token, low enough to bound the work on a hostile one.</summary>
    public const int MaxLength = 32 * 1024;

    public async Task<Result<ValidatedIdToken, AdapterError>> ValidateAsync(string idToken, IdTokenExpectations expected)
    {
        if (idToken.Length > MaxLength || !TryRead(idToken, out var token))
        {
            return OidcErrors.Rejected(OidcErrorCodes.IdTokenMalformed, "The ID token is not a compact JWT.");
        }
        if (token.IsEncrypted)
        {
            return OidcErrors.Rejected(OidcErrorCodes.IdTokenEncrypted, "Encrypted ID tokens are not supported.");
        }
        if (JwsHeaderPolicy.Check(token, expected.Provider.IdTokenSigningAlgValues) is { } headerError)
        {
            return headerError;
        }
        var pinned = PinnedKeySelector.Select(token.Alg, token.Kid, expected.Provider.Jwks);
        if (!pinned.IsSuccess)
        {
            return pinned.Error!;
        }
        var key = PinnedKeyConverter.ToSecurityKey(pinned.Value);
        if (await SignatureAndAudienceCheck.RunAsync(token, key, expected).ConfigureAwait(false) is { } signatureError)
        {
            return signatureError;
        }
        if (!TryReadPayload(token, out var claims))
        {
            return OidcErrors.Rejected(OidcErrorCodes.IdTokenMalformed, "The ID token payload is not JSON.");
        }
        if (IdTokenClaimRules.Check(claims, expected, options, timeProvider.GetUtcNow()) is { } claimError)
        {
            return claimError;
        }
        IdTokenClaimRules.TryGetString(claims, "sub", out var subject);
        return Result<ValidatedIdToken, AdapterError>.Ok(new ValidatedIdToken(subject, claims));
    }

    private static bool TryRead(string idToken, out JsonWebToken token)
    {
        try
        {
            token = new JsonWebToken(idToken);
            return true;
        }
        catch (Exception e) when (e is ArgumentException or Microsoft.IdentityModel.Tokens.SecurityTokenException)
        {
            token = null!;
            return false;
        }
    }

    private static bool TryReadPayload(JsonWebToken token, out JsonElement claims)
    {
        claims = default;
        if (!Base64Url.TryDecode(token.EncodedPayload, out var bytes))
        {
            return false;
        }
        try
        {
            using var document = JsonDocument.Parse(bytes);
            claims = document.RootElement.Clone();
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
