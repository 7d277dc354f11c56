using System.Text.Json;
using Hub.Adapters.Abstractions;
using Hub.Adapters.Oidc.Callback;
using Hub.Adapters.Oidc.Configuration;

namespace Hub.Adapters.Oidc.Validation;

/// <summary>
/// OpenID Connect Core 3.1.3.7 claim rules after the signature: sub present; azp when aud has several values; exp
/// and iat present and within the allowed skew of the injected clock; nonce equal to this flow's nonce.
/// </summary>
internal static class IdTokenClaimRules
{
    public static AdapterError? Check(JsonElement claims, IdTokenExpectations expected, OidcAdapterOptions options, DateTimeOffset now)
    {
        if (claims.ValueKind != JsonValueKind.Object)
        {
            return OidcErrors.Rejected(OidcErrorCodes.IdTokenMalformed, "The ID token payload is not a JSON object.");
        }
        if (!TryGetString(claims, "sub", out _))
        {
            return OidcErrors.Rejected(OidcErrorCodes.IdTokenSubMissing, "The ID token has no sub.");
        }
        return CheckAuthorizedParty(claims, expected.ClientId)
            ?? CheckTimes(claims, options, now)
            ?? CheckNonce(claims, expected.Nonce);
    }

    private static AdapterError? CheckAuthorizedParty(JsonElement claims, string clientId)
    {
        var audiences = claims.TryGetProperty("aud", out var aud) && aud.ValueKind == JsonValueKind.Array ? aud.GetArrayLength() : 1;
        var hasAzp = TryGetString(claims, "azp", out var azp);
        if (audiences > 1 && !hasAzp)
        {
            return OidcErrors.Rejected(OidcErrorCodes.IdTokenAzpMissing, "The ID token has several audiences and no azp.");
        }
        if (hasAzp && !string.Equals(azp, clientId, StringComparison.Ordinal))
        {
            return OidcErrors.Rejected(OidcErrorCodes.IdTokenAzpInvalid, "The ID token's azp is not the hub's client_id.");
        }
        return null;
    }

    private static AdapterError? CheckTimes(JsonElement claims, OidcAdapterOptions options, DateTimeOffset now)
    {
        if (!TryGetNumericDate(claims, "exp", out var exp))
        {
            return OidcErrors.Rejected(OidcErrorCodes.IdTokenExpMissing, "The ID token has no numeric exp.");
        }
        if (exp + options.ClockSkew <= now)
        {
            return OidcErrors.Rejected(OidcErrorCodes.IdTokenExpired, "The ID token has expired.");
        }
        if (!TryGetNumericDate(claims, "iat", out var iat))
        {
            return OidcErrors.Rejected(OidcErrorCodes.IdTokenIatMissing, "The ID token has no numeric iat.");
        }
        if (iat > now + options.ClockSkew)
        {
            return OidcErrors.Rejected(OidcErrorCodes.IdTokenIatInFuture, "The ID token was issued in the future.");
        }
        if (iat < now - options.MaxIdTokenAge - options.ClockSkew)
        {
            return OidcErrors.Rejected(OidcErrorCodes.IdTokenIatTooOld, "The ID token was issued too long ago.");
        }
        return null;
    }

    private static AdapterError? CheckNonce(JsonElement claims, string expectedNonce)
    {
        if (!TryGetString(claims, "nonce", out var nonce))
        {
            return OidcErrors.Rejected(OidcErrorCodes.IdTokenNonceMissing, "The ID token has no nonce.");
        }
        return AuthorizationResponseValidator.FixedTimeEquals(nonce, expectedNonce)
            ? null
            : OidcErrors.Rejected(OidcErrorCodes.IdTokenNonceMismatch, "The ID token's nonce is not this flow's nonce.");
    }

    internal static bool TryGetString(JsonElement claims, string name, out string value)
    {
        value = claims.TryGetProperty(name, out var element) && element.ValueKind == JsonValueKind.String ? element.GetString()! : "";
        return value.Length > 0;
    }

    internal static bool TryGetNumericDate(JsonElement claims, string name, out DateTimeOffset value)
    {
        value = default;
        if (!claims.TryGetProperty(name, out var element) || element.ValueKind != JsonValueKind.Number
            || !element.TryGetDouble(out var seconds) || double.IsNaN(seconds)
            || seconds < 0 || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return false;
        }
        value = DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000));
        return true;
    }
}
