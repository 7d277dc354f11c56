using System.Security.Cryptography;
using Hub.TrustList.Common;

namespace Hub.TrustList.Signing;

/// <summary>
/// The parameters of a P-256 or RSA key, read from a JWK. A new ECDsa/RSA object is made per operation, so
/// one instance is safe to share between threads.
/// </summary>
internal sealed class KeyMaterial
{
    private const int MinRsaBits = 2048;

    private KeyMaterial(ECParameters? ec, RSAParameters? rsa, string thumbprint)
    {
        Ec = ec;
        Rsa = rsa;
        Thumbprint = thumbprint;
    }

    public ECParameters? Ec { get; }

    public RSAParameters? Rsa { get; }

    public string Thumbprint { get; }

    public bool IsPrivate => Ec?.D is not null || Rsa?.D is not null;

    public static KeyMaterial Read(JwkReader jwk, bool withPrivate)
    {
        var kty = jwk.Required("kty");
        return kty switch
        {
            "EC" => ReadEc(jwk, withPrivate),
            "RSA" => ReadRsa(jwk, withPrivate),
            _ => throw new FormatException($"The JWK key type '{kty}' is not supported; use EC (P-256) or RSA."),
        };
    }

    private static KeyMaterial ReadEc(JwkReader jwk, bool withPrivate)
    {
        var crv = jwk.Required("crv");
        if (crv != "P-256")
        {
            throw new FormatException($"The EC curve '{crv}' is not supported; ES256 needs P-256.");
        }
        var x = jwk.RequiredBytes("x");
        var y = jwk.RequiredBytes("y");
        if (x.Length != 32 || y.Length != 32)
        {
            throw new FormatException("A P-256 JWK has 32-byte x and y coordinates.");
        }
        var parameters = new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = x, Y = y },
            D = withPrivate ? jwk.RequiredBytes("d") : null,
        };
        try
        {
            using var check = ECDsa.Create(parameters);
        }
        catch (CryptographicException e)
        {
            throw new FormatException("The EC JWK is not a valid P-256 key: " + e.Message, e);
        }
        return new KeyMaterial(parameters, null, JwkThumbprint.ForEc(crv, Base64Url.Encode(x), Base64Url.Encode(y)));
    }

    private static KeyMaterial ReadRsa(JwkReader jwk, bool withPrivate)
    {
        var n = jwk.RequiredBytes("n");
        var e = jwk.RequiredBytes("e");
        var parameters = new RSAParameters { Modulus = n, Exponent = e };
        if (withPrivate)
        {
            parameters.D = jwk.RequiredBytes("d");
            parameters.P = jwk.RequiredBytes("p");
            parameters.Q = jwk.RequiredBytes("q");
            parameters.DP = jwk.RequiredBytes("dp");
            parameters.DQ = jwk.RequiredBytes("dq");
            parameters.InverseQ = jwk.RequiredBytes("qi");
        }
        try
        {
            using var rsa = RSA.Create(parameters);
            if (rsa.KeySize < MinRsaBits)
            {
                throw new FormatException($"The RSA key has {rsa.KeySize} bits; at least {MinRsaBits} are required.");
            }
        }
        catch (CryptographicException ex)
        {
            throw new FormatException("The RSA JWK is not a valid key: " + ex.Message, ex);
        }
        return new KeyMaterial(null, parameters, JwkThumbprint.ForRsa(jwk.Required("e"), jwk.Required("n")));
    }

    /// <summary>The algorithms this key can serve: ES256 for P-256, RS256 and PS256 for RSA.</summary>
    public bool Supports(string alg) => Ec is not null ? alg == JwsAlgorithms.ES256 : alg is JwsAlgorithms.RS256 or JwsAlgorithms.PS256;

    public byte[] SignHash(string alg, ReadOnlySpan<byte> sha256)
    {
        if (Ec is { } ec)
        {
            using var ecdsa = ECDsa.Create(ec);
            return ecdsa.SignHash(sha256.ToArray());
        }
        using var rsa = RSA.Create(Rsa!.Value);
        return rsa.SignHash(sha256.ToArray(), HashAlgorithmName.SHA256, PaddingFor(alg));
    }

    public bool VerifyHash(string alg, ReadOnlySpan<byte> sha256, ReadOnlySpan<byte> signature)
    {
        if (Ec is { } ec)
        {
            // ES256 signatures are the fixed 64-byte r||s form (RFC 7518 §3.4), never DER.
            using var ecdsa = ECDsa.Create(new ECParameters { Curve = ec.Curve, Q = ec.Q });
            return signature.Length == 64 && ecdsa.VerifyHash(sha256, signature, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        }
        var rsaParameters = Rsa!.Value;
        using var rsa = RSA.Create(new RSAParameters { Modulus = rsaParameters.Modulus, Exponent = rsaParameters.Exponent });
        return rsa.VerifyHash(sha256, signature, HashAlgorithmName.SHA256, PaddingFor(alg));
    }

    /// <summary>The public half, as a JWK member list (kty, crv/x/y or n/e).</summary>
    public IEnumerable<KeyValuePair<string, string>> PublicMembers()
    {
        if (Ec is { } ec)
        {
            yield return new("kty", "EC");
            yield return new("crv", "P-256");
            yield return new("x", Base64Url.Encode(ec.Q.X));
            yield return new("y", Base64Url.Encode(ec.Q.Y));
            yield break;
        }
        var rsa = Rsa!.Value;
        yield return new("kty", "RSA");
        yield return new("n", Base64Url.Encode(rsa.Modulus));
        yield return new("e", Base64Url.Encode(rsa.Exponent));
    }

    public KeyMaterial PublicOnly()
        => Ec is { } ec
            ? new KeyMaterial(new ECParameters { Curve = ec.Curve, Q = ec.Q }, null, Thumbprint)
            : new KeyMaterial(null, new RSAParameters { Modulus = Rsa!.Value.Modulus, Exponent = Rsa.Value.Exponent }, Thumbprint);

    private static RSASignaturePadding PaddingFor(string alg) => alg == JwsAlgorithms.PS256 ? RSASignaturePadding.Pss : RSASignaturePadding.Pkcs1;
}
