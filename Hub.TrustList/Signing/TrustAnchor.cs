using System.Text.Json;

namespace Hub.TrustList.Signing;

/// <summary>
/// A pinned public key of the national coordinator. A consumer holds one, or two during a key rollover. Only the
/// key named by the JWS <c>kid</c> among the anchors is tried; keys offered inside a JWS are never trusted.
/// </summary>
public sealed class TrustAnchor
{
    private readonly KeyMaterial _key;

    private TrustAnchor(KeyMaterial key, string keyId, string? algorithm)
    {
        _key = key;
        KeyId = keyId;
        Algorithm = algorithm;
    }

    /// <summary>The <c>kid</c> of the JWK, or its RFC 7638 thumbprint when it has none.</summary>
    public string KeyId { get; }

    /// <summary>The algorithm pinned by the JWK's <c>alg</c>, if any.</summary>
    public string? Algorithm { get; }

    /// <summary>Reads a public JWK. Throws <see cref="FormatException"/> with a readable message when it is not usable.</summary>
    public static TrustAnchor FromJwk(string json)
    {
        var jwk = JwkReader.Parse(json);
        foreach (var member in PrivateJwkMembers.Names)
        {
            if (jwk.Has(member))
            {
                throw new FormatException($"A trust anchor is a public key, but this JWK holds private key material ('{member}').");
            }
        }
        var use = jwk.Optional("use");
        if (use is not null && use != "sig")
        {
            throw new FormatException($"The JWK 'use' is '{use}'; a trust anchor must be a signing key ('sig').");
        }
        var alg = jwk.Optional("alg");
        var key = KeyMaterial.Read(jwk, withPrivate: false);
        if (alg is not null && (!JwsAlgorithms.IsSupported(alg) || !key.Supports(alg)))
        {
            throw new FormatException($"The JWK 'alg' '{alg}' does not fit its key; use ES256 (P-256), RS256 or PS256 (RSA).");
        }
        return new TrustAnchor(key, jwk.Optional("kid") ?? key.Thumbprint, alg);
    }

    internal static TrustAnchor FromKey(KeyMaterial key, string keyId, string algorithm) => new(key.PublicOnly(), keyId, algorithm);

    /// <summary>True when the JWS algorithm fits the key type and any pinned <c>alg</c>.</summary>
    public bool Supports(string alg) => _key.Supports(alg) && (Algorithm is null || Algorithm == alg);

    internal bool VerifyHash(string alg, ReadOnlySpan<byte> sha256, ReadOnlySpan<byte> signature)
        => Supports(alg) && _key.VerifyHash(alg, sha256, signature);

    /// <summary>The anchor as a public JWK (kty, key members, kid, use, alg).</summary>
    public string ToJwk()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in _key.PublicMembers())
            {
                writer.WriteString(name, value);
            }
            writer.WriteString("kid", KeyId);
            writer.WriteString("use", "sig");
            if (Algorithm is not null)
            {
                writer.WriteString("alg", Algorithm);
            }
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public override string ToString() => $"TrustAnchor({KeyId})";
}
