using System.Collections.Frozen;

namespace Hub.Adapters.Oidc.Validation;

/// <summary>
/// The asymmetric JWS algorithms the hub verifies, with the key type (and curve) each needs. Neither <c>none</c> nor
/// any HMAC algorithm is here: a provider's pinned list can only narrow this set, never widen it.
/// </summary>
internal static class SigningAlgorithms
{
    private static readonly FrozenDictionary<string, (string Kty, string? Crv)> KeyTypes = new Dictionary<string, (string, string?)>
    {
        ["RS256"] = ("RSA", null),
        ["RS384"] = ("RSA", null),
        ["RS512"] = ("RSA", null),
        ["PS256"] = ("RSA", null),
        ["PS384"] = ("RSA", null),
        ["PS512"] = ("RSA", null),
        ["ES256"] = ("EC", "P-256"),
        ["ES384"] = ("EC", "P-384"),
        ["ES512"] = ("EC", "P-521"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool IsSupported(string alg) => KeyTypes.ContainsKey(alg);

    /// <summary>Whether a pinned key can verify <paramref name="alg"/>: key type, curve, and the key's own use/alg if set.</summary>
    public static bool Fits(string alg, Hub.TrustList.Model.PublicJwk key)
    {
        if (!KeyTypes.TryGetValue(alg, out var needed)
            || !string.Equals(key.Kty, needed.Kty, StringComparison.Ordinal)
            || (needed.Crv is not null && !string.Equals(key.Crv, needed.Crv, StringComparison.Ordinal)))
        {
            return false;
        }
        return (key.Use is null || key.Use == "sig") && (key.Alg is null || key.Alg == alg);
    }
}
