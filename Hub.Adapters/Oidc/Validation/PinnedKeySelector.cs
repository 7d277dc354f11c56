using Hub.Adapters.Abstractions;
using Hub.TrustList.Common;
using Hub.TrustList.Model;

namespace Hub.Adapters.Oidc.Validation;

/// <summary>
/// Picks the one pinned key that may verify a token. With a kid: the pinned key with that kid, which must fit the
/// algorithm; an unknown kid is rejected (no fetch, no fallback). Without a kid: accepted only if exactly one pinned
/// key fits the algorithm; with several candidates the token is rejected rather than tried against each, so a
/// provider in a key rollover must send kid (see docs/decisions/0001-oidc-adapter-key-pinning.md).
/// </summary>
internal static class PinnedKeySelector
{
    public static Result<PublicJwk, AdapterError> Select(string alg, string? kid, PublicJwkSet pinned)
    {
        if (!string.IsNullOrEmpty(kid))
        {
            var withKid = pinned.Keys.Where(k => string.Equals(k.Kid, kid, StringComparison.Ordinal)).ToList();
            if (withKid.Count == 0)
            {
                return OidcErrors.Rejected(OidcErrorCodes.IdTokenUnknownKid, "The ID token's kid is not pinned for this provider.");
            }
            var fitting = withKid.Where(k => SigningAlgorithms.Fits(alg, k)).ToList();
            return fitting.Count == 1
                ? Result<PublicJwk, AdapterError>.Ok(fitting[0])
                : OidcErrors.Rejected(OidcErrorCodes.IdTokenKeyAlgMismatch, $"The pinned key with this kid does not fit {alg} (or is not unique).");
        }
        var candidates = pinned.Keys.Where(k => SigningAlgorithms.Fits(alg, k)).ToList();
        return candidates.Count switch
        {
            1 => Result<PublicJwk, AdapterError>.Ok(candidates[0]),
            0 => OidcErrors.Rejected(OidcErrorCodes.IdTokenNoKeyForAlg, $"No pinned key fits {alg}."),
            _ => OidcErrors.Rejected(OidcErrorCodes.IdTokenKidRequired, "Several pinned keys fit and the ID token names no kid."),
        };
    }
}
