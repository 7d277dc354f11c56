using Hub.TrustList.Model;
using Hub.TrustList.Verification;
using static Hub.TrustList.Verification.TrustListErrorCodes;

namespace Hub.TrustList.Validation.Rules;

/// <summary>
/// private_key_jwt pins a JWKS with at least one key and no secret. The client_secret methods are for demo
/// entries only and carry the secret's SHA-256 (base64url, 43 characters), never the secret. Every RP names a
/// sector identifier for its pairwise subjects.
/// </summary>
internal sealed class ClientAuthenticationRule : IRelyingPartyRule
{
    public IEnumerable<TrustListError> CheckAllButRelyingParties(TrustListDocument document) => [];

    public void CheckRelyingParty(RelyingPartyEntry relyingParty, DateTimeOffset issuedAt, List<TrustListError> errors)
    {
        var r = relyingParty;
        var auth = r.ClientAuthentication;
        if (auth.Method == ClientAuthenticationMethod.PrivateKeyJwt)
        {
            if (auth.Jwks is null || auth.Jwks.Keys.Count == 0 || auth.ClientSecretSha256 is not null)
            {
                errors.Add(new(ClientAuth, $"{Where.RelyingParty(r)}.client_authentication: private_key_jwt needs a pinned jwks with at least one key, and no client secret."));
            }
        }
        else if (!r.Demo)
        {
            errors.Add(new(ClientAuth, $"{Where.RelyingParty(r)}.client_authentication: '{auth.Method}' is a shared secret, allowed only in entries marked demo; use private_key_jwt."));
        }
        else if (auth.ClientSecretSha256 is not { Length: 43 } digest || !Common.Base64Url.TryDecode(digest, out _))
        {
            errors.Add(new(ClientAuth, $"{Where.RelyingParty(r)}.client_authentication.client_secret_sha256 must be the base64url SHA-256 of the secret (43 characters)."));
        }
        if (string.IsNullOrWhiteSpace(r.SectorIdentifier))
        {
            errors.Add(new(ClientAuth, $"{Where.RelyingParty(r)}.sector_identifier is empty; pairwise subjects need one."));
        }
    }
}
