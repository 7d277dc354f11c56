using System.Security.Cryptography;
using System.Text;
using Hub.TrustList.Common;

namespace Hub.TrustList.Signing;

/// <summary>RFC 7638 JWK thumbprints (SHA-256), used as the <c>kid</c> of the keys the hub generates.</summary>
public static class JwkThumbprint
{
    /// <summary>The thumbprint of an EC key: the required members crv, kty, x, y in that order.</summary>
    public static string ForEc(string crv, string x, string y)
        => Hash($$"""{"crv":"{{crv}}","kty":"EC","x":"{{x}}","y":"{{y}}"}""");

    /// <summary>The thumbprint of an RSA key: the required members e, kty, n in that order.</summary>
    public static string ForRsa(string e, string n)
        => Hash($$"""{"e":"{{e}}","kty":"RSA","n":"{{n}}"}""");

    private static string Hash(string canonicalJwk) => Base64Url.Encode(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalJwk)));
}
