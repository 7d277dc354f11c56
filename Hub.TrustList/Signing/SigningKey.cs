namespace Hub.TrustList.Signing;

/// <summary>The coordinator's private signing key (a private JWK: ES256 by default, RS256 or PS256).</summary>
public sealed class SigningKey
{
    private readonly KeyMaterial _key;

    private SigningKey(KeyMaterial key, string keyId, string algorithm)
    {
        _key = key;
        KeyId = keyId;
        Algorithm = algorithm;
        PublicAnchor = TrustAnchor.FromKey(key, keyId, algorithm);
    }

    /// <summary>ES256, RS256 or PS256.</summary>
    public string Algorithm { get; }

    /// <summary>The JWK's <c>kid</c>, or its RFC 7638 thumbprint when it has none. Goes into the JWS header.</summary>
    public string KeyId { get; }

    /// <summary>The matching public key, as a consumer would pin it.</summary>
    public TrustAnchor PublicAnchor { get; }

    /// <summary>
    /// Reads a private JWK. Without <c>alg</c>, an EC key signs ES256 and an RSA key RS256.
    /// Throws <see cref="FormatException"/> with a readable message when the JWK is not a usable private key.
    /// </summary>
    public static SigningKey FromJwk(string json)
    {
        var jwk = JwkReader.Parse(json);
        if (!jwk.Has("d"))
        {
            throw new FormatException("This JWK has no private part ('d'); signing needs the private key.");
        }
        var key = KeyMaterial.Read(jwk, withPrivate: true);
        var alg = jwk.Optional("alg") ?? (key.Ec is not null ? JwsAlgorithms.ES256 : JwsAlgorithms.RS256);
        if (!JwsAlgorithms.IsSupported(alg) || !key.Supports(alg))
        {
            throw new FormatException($"The JWK 'alg' '{alg}' does not fit its key; use ES256 (P-256), RS256 or PS256 (RSA).");
        }
        return new SigningKey(key, jwk.Optional("kid") ?? key.Thumbprint, alg);
    }

    internal byte[] SignHash(ReadOnlySpan<byte> sha256) => _key.SignHash(Algorithm, sha256);

    public override string ToString() => $"SigningKey({Algorithm}, {KeyId})";
}
