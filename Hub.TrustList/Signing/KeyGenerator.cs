using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hub.TrustList.Common;

namespace Hub.TrustList.Signing;

/// <summary>Generates a coordinator key pair as JWKs, with <c>kid</c> = the RFC 7638 thumbprint.</summary>
public static class KeyGenerator
{
    private const int RsaBits = 3072;

    /// <summary>A fresh key pair for <paramref name="alg"/> (ES256, RS256 or PS256).</summary>
    public static (string PrivateJwk, string PublicJwk) Generate(string alg = JwsAlgorithms.ES256)
    {
        if (!JwsAlgorithms.IsSupported(alg))
        {
            throw new ArgumentException($"'{alg}' is not a supported algorithm; use ES256, RS256 or PS256.", nameof(alg));
        }
        var members = alg == JwsAlgorithms.ES256 ? NewEc() : NewRsa();
        var kid = alg == JwsAlgorithms.ES256
            ? JwkThumbprint.ForEc("P-256", members["x"], members["y"])
            : JwkThumbprint.ForRsa(members["e"], members["n"]);
        var privateJwk = Write(members, kid, alg, includePrivate: true);
        var publicJwk = Write(members, kid, alg, includePrivate: false);
        return (privateJwk, publicJwk);
    }

    private static Dictionary<string, string> NewEc()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var p = ecdsa.ExportParameters(includePrivateParameters: true);
        return new Dictionary<string, string>
        {
            ["kty"] = "EC",
            ["crv"] = "P-256",
            ["x"] = Base64Url.Encode(p.Q.X),
            ["y"] = Base64Url.Encode(p.Q.Y),
            ["d"] = Base64Url.Encode(p.D),
        };
    }

    private static Dictionary<string, string> NewRsa()
    {
        using var rsa = RSA.Create(RsaBits);
        var p = rsa.ExportParameters(includePrivateParameters: true);
        return new Dictionary<string, string>
        {
            ["kty"] = "RSA",
            ["n"] = Base64Url.Encode(p.Modulus),
            ["e"] = Base64Url.Encode(p.Exponent),
            ["d"] = Base64Url.Encode(p.D),
            ["p"] = Base64Url.Encode(p.P),
            ["q"] = Base64Url.Encode(p.Q),
            ["dp"] = Base64Url.Encode(p.DP),
            ["dq"] = Base64Url.Encode(p.DQ),
            ["qi"] = Base64Url.Encode(p.InverseQ),
        };
    }

    private static string Write(Dictionary<string, string> members, string kid, string alg, bool includePrivate)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in members)
            {
                if (includePrivate || !PrivateJwkMembers.Contains(name))
                {
                    writer.WriteString(name, value);
                }
            }
            writer.WriteString("kid", kid);
            writer.WriteString("use", "sig");
            writer.WriteString("alg", alg);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
