using Hub.Adapters.Oidc.Validation;
using Hub.TrustList.Model;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Gateway.OpenIdProvider.ClientAuthentication;

/// <summary>
/// The signing keys pinned for an RP in the trust list, as IdentityModel keys, each converted once per pinned record
/// (<see cref="PinnedKeyConverter"/>): a fresh key at every token request was as costly as the verify itself.
/// A new trust list brings new records, hence new keys.
/// </summary>
internal static class PinnedClientKeys
{
    public static List<SecurityKey> SigningKeys(RelyingPartyEntry relyingParty)
        => relyingParty.ClientAuthentication.Jwks?.Keys
            .Where(k => k.Use is null or "sig")
            .Select(k => (SecurityKey)PinnedKeyConverter.ToSecurityKey(k))
            .ToList() ?? [];
}
