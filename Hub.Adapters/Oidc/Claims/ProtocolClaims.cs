using System.Collections.Frozen;

namespace Hub.Adapters.Oidc.Claims;

/// <summary>
/// Claims that describe the token or the authentication rather than the person. They are not passed on as
/// attributes: sub, acr, amr and auth_time have their own fields on the assertion; the others are protocol only.
/// </summary>
internal static class ProtocolClaims
{
    public static readonly FrozenSet<string> Names = new[]
    {
        "iss", "sub", "aud", "exp", "iat", "nbf", "nonce", "azp", "at_hash", "c_hash", "s_hash", "sid", "jti",
        "auth_time", "acr", "amr", "typ", "cnf", "sub_jwk", "events", "_claim_names", "_claim_sources",
    }.ToFrozenSet(StringComparer.Ordinal);
}
