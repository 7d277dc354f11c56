using Hub.Adapters.Abstractions;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Hub.Adapters.Oidc.Validation;

/// <summary>
/// Header rules checked before any cryptography: the algorithm is pinned for the provider (never <c>none</c>, never
/// HMAC, which a public key would otherwise serve as secret for), and no <c>crit</c> extension is accepted. Key-carrying
/// headers (<c>jwk</c>, <c>jku</c>, <c>x5u</c>, <c>x5c</c>) are never read: keys come only from the trust list.
/// </summary>
internal static class JwsHeaderPolicy
{
    public static AdapterError? Check(JsonWebToken token, IReadOnlyList<string> pinnedAlgorithms)
    {
        var alg = token.Alg;
        if (string.IsNullOrEmpty(alg))
        {
            return OidcErrors.Rejected(OidcErrorCodes.IdTokenMalformed, "The ID token header has no alg.");
        }
        if (string.Equals(alg, "none", StringComparison.OrdinalIgnoreCase))
        {
            return OidcErrors.Rejected(OidcErrorCodes.IdTokenAlgNone, "Unsigned ID tokens (alg none) are never accepted.");
        }
        if (!SigningAlgorithms.IsSupported(alg) || !pinnedAlgorithms.Contains(alg, StringComparer.Ordinal))
        {
            return OidcErrors.Rejected(OidcErrorCodes.IdTokenAlgNotAllowed, $"Algorithm '{Printable(alg)}' is not pinned for this provider.");
        }
        if (token.TryGetHeaderValue<object>("crit", out _))
        {
            return OidcErrors.Rejected(OidcErrorCodes.IdTokenCritUnsupported, "The ID token names critical header extensions.");
        }
        return null;
    }

    private static string Printable(string value) => value.Length <= 16 && value.All(char.IsAsciiLetterOrDigit) ? value : "(unprintable)";
}
