using System.Runtime.CompilerServices;
using Hub.TrustList.Model;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Adapters.Oidc.Validation;

/// <summary>
/// Turns a pinned public JWK into the key type of Microsoft.IdentityModel. Trust-list snapshots are immutable, so
/// each converted key is kept as long as its pinned record lives (the signature-provider cache then hits, and the key
/// is not imported into a new OpenSSL key at every verification). Used for the providers' keys here and for the
/// RPs' client-assertion keys in the gateway.
/// </summary>
public static class PinnedKeyConverter
{
    private static readonly ConditionalWeakTable<PublicJwk, JsonWebKey> Converted = new();

    public static JsonWebKey ToSecurityKey(PublicJwk pinned) => Converted.GetValue(pinned, Convert);

    private static JsonWebKey Convert(PublicJwk pinned)
    {
        var key = new JsonWebKey
        {
            Kty = pinned.Kty,
            Kid = pinned.Kid,
            Use = pinned.Use,
            Alg = pinned.Alg,
            Crv = pinned.Crv,
            X = pinned.X,
            Y = pinned.Y,
            N = pinned.N,
            E = pinned.E,
        };
        foreach (var certificate in pinned.X5c ?? [])
        {
            key.X5c.Add(certificate);
        }
        return key;
    }
}
