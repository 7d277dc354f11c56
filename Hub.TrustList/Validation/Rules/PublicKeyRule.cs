using Hub.TrustList.Model;
using Hub.TrustList.Verification;
using static Hub.TrustList.Verification.TrustListErrorCodes;

namespace Hub.TrustList.Validation.Rules;

/// <summary>
/// Pinned JWKs (provider ID-token keys, RP client-authentication keys) have the shape of usable public signing keys:
/// EC P-256/P-384/P-521 coordinates of the right length, or an RSA modulus of 2048 bits or more; kids distinct
/// within a set. A shape check, without importing (a list may pin 100,000 keys); adapters import at use. Private
/// members cannot reach the model: the verifier names them from the raw JSON (<see cref="PrivateKeyMaterialScanner"/>).
/// </summary>
internal sealed class PublicKeyRule : IRelyingPartyRule
{
    public IEnumerable<TrustListError> CheckAllButRelyingParties(TrustListDocument document)
    {
        var errors = new List<TrustListError>();
        foreach (var p in document.IdentityProviders)
        {
            if (p.Oidc is not null)
            {
                CheckSet(errors, p.Oidc.Jwks, () => $"{Where.Provider(p)}.oidc.jwks");
            }
        }
        return errors;
    }

    public void CheckRelyingParty(RelyingPartyEntry relyingParty, DateTimeOffset issuedAt, List<TrustListError> errors)
    {
        // No closure per entry: on 100,000 entries, the location is built only when there is an error.
        if (relyingParty.ClientAuthentication.Jwks is { } jwks && !IsSound(jwks))
        {
            Report(errors, relyingParty, jwks);
        }
    }

    private static bool IsSound(PublicJwkSet set)
    {
        for (var i = 0; i < set.Keys.Count; i++)
        {
            if (Problem(set.Keys[i]) is not null)
            {
                return false;
            }
            for (var j = 0; j < i; j++)
            {
                if (set.Keys[i].Kid is { } kid && kid == set.Keys[j].Kid)
                {
                    return false;
                }
            }
        }
        return true;
    }

    private static void Report(List<TrustListError> errors, RelyingPartyEntry r, PublicJwkSet jwks)
        => CheckSet(errors, jwks, () => $"{Where.RelyingParty(r)}.client_authentication.jwks");

    private static void CheckSet(List<TrustListError> errors, PublicJwkSet set, Func<string> where)
    {
        for (var i = 0; i < set.Keys.Count; i++)
        {
            if (Problem(set.Keys[i]) is { } problem)
            {
                errors.Add(new(PublicKey, $"{where()}.keys[{i}]: {problem}"));
            }
            for (var j = 0; j < i; j++)
            {
                if (set.Keys[i].Kid is { } kid && kid == set.Keys[j].Kid)
                {
                    errors.Add(new(PublicKey, $"{where()}.keys[{i}]: the kid '{kid}' is used twice in the set."));
                }
            }
        }
    }

    private static string? Problem(PublicJwk jwk)
    {
        if (jwk.Use is { } use && use != "sig")
        {
            return $"'use' is '{use}'; pinned keys verify signatures ('sig').";
        }
        return jwk.Kty switch
        {
            "EC" => EcProblem(jwk),
            "RSA" => DecodedLength(jwk.N) >= 256 && DecodedLength(jwk.E) > 0 ? null : "an RSA key needs 'n' of 2048 bits or more and 'e'.",
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
        return DecodedLength(jwk.X) == size && DecodedLength(jwk.Y) == size ? null : $"x and y must be {size}-byte base64url coordinates.";
    }

    private static int DecodedLength(string? text)
        => text is not null && System.Buffers.Text.Base64Url.IsValid(text, out var length) ? length : -1;
}
