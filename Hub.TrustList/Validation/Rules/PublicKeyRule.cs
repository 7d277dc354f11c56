using Hub.TrustList.Model;
using Hub.TrustList.Verification;
using static Hub.TrustList.Verification.TrustListErrorCodes;

namespace Hub.TrustList.Validation.Rules;

/// <summary>
/// Pinned JWKs (provider ID-token keys, RP client-authentication keys) are usable public keys: EC P-256 or
/// RSA of 2048 bits or more, with distinct kids within a set. Private members cannot reach the model; the
/// verifier names them from the raw JSON (<see cref="PrivateKeyMaterialScanner"/>).
/// </summary>
internal sealed class PublicKeyRule : ITrustListRule
{
    public IEnumerable<TrustListError> Check(TrustListDocument document)
    {
        var sets = document.IdentityProviders
            .Where(p => p.Oidc is not null)
            .Select(p => (Where: $"{Where.Provider(p)}.oidc.jwks", p.Oidc!.Jwks))
            .Concat(document.RelyingParties
                .Where(r => r.ClientAuthentication.Jwks is not null)
                .Select(r => (Where: $"{Where.RelyingParty(r)}.client_authentication.jwks", r.ClientAuthentication.Jwks!)));
        foreach (var (where, set) in sets)
        {
            var kids = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < set.Keys.Count; i++)
            {
                if (Problem(set.Keys[i]) is { } problem)
                {
                    yield return new(PublicKey, $"{where}.keys[{i}]: {problem}");
                }
                if (set.Keys[i].Kid is { } kid && !kids.Add(kid))
                {
                    yield return new(PublicKey, $"{where}.keys[{i}]: the kid '{kid}' is used twice in the set.");
                }
            }
        }
    }

    /// <summary>A shape check, without importing the key (a list may pin 100,000 of them); adapters import at use.</summary>
    private static string? Problem(PublicJwk jwk)
    {
        if (jwk.Use is { } use && use != "sig")
        {
            return $"'use' is '{use}'; pinned keys verify signatures ('sig').";
        }
        return jwk.Kty switch
        {
            "EC" => EcProblem(jwk),
            "RSA" => Base64UrlLength(jwk.N) >= 256 && Base64UrlLength(jwk.E) > 0 ? null : "an RSA key needs 'n' of 2048 bits or more and 'e'.",
            _ => $"the key type '{jwk.Kty}' is not accepted (EC or RSA).",
        };
    }

    private static string? EcProblem(PublicJwk jwk)
    {
        int? size = jwk.Crv switch { "P-256" => 32, "P-384" => 48, "P-521" => 66, _ => null };
        if (size is null)
        {
            return $"the curve '{jwk.Crv}' is not accepted (P-256, P-384, P-521).";
        }
        return Base64UrlLength(jwk.X) == size && Base64UrlLength(jwk.Y) == size ? null : $"x and y must be {size}-byte base64url coordinates.";
    }

    private static int Base64UrlLength(string? text) => text is not null && Common.Base64Url.TryDecode(text, out var bytes) ? bytes.Length : -1;
}
