using System.Runtime.CompilerServices;
using Hub.TrustList.Model;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Gateway.OpenIdProvider.ClientAuthentication;

/// <summary>
/// The signing keys pinned for an RP in the trust list, as IdentityModel keys. Trust-list snapshots are immutable, so
/// each converted key lives as long as its pinned record: IdentityModel's signature-provider cache then hits, and the
/// public key is not imported into a new OpenSSL key at every token request (measured: as costly as the verify).
/// A new trust list brings new records, hence new keys.
/// </summary>
internal static class PinnedClientKeys
{
    private static readonly ConditionalWeakTable<PublicJwk, JsonWebKey> Converted = new();

    public static List<SecurityKey> SigningKeys(RelyingPartyEntry relyingParty)
        => relyingParty.ClientAuthentication.Jwks?.Keys
            .Where(k => k.Use is null or "sig")
            .Select(k => (SecurityKey)Converted.GetValue(k, Convert))
            .ToList() ?? [];

    private static JsonWebKey Convert(PublicJwk k) => new()
    {
        Kty = k.Kty, Kid = k.Kid, Alg = k.Alg, Use = k.Use, Crv = k.Crv, X = k.X, Y = k.Y, N = k.N, E = k.E,
    };
}
