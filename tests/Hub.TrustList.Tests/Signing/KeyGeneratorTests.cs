using System.Text.Json;
using Hub.TrustList.Signing;

namespace Hub.TrustList.Tests.Signing;

public class KeyGeneratorTests
{
    [Theory]
    [InlineData(JwsAlgorithms.ES256)]
    [InlineData(JwsAlgorithms.RS256)]
    [InlineData(JwsAlgorithms.PS256)]
    public void Generate_Algorithm_PairWhoseKidIsTheThumbprint(string alg)
    {
        var (privateJwk, publicJwk) = KeyGenerator.Generate(alg);

        var key = SigningKey.FromJwk(privateJwk);
        var anchor = TrustAnchor.FromJwk(publicJwk);
        Assert.Equal(alg, key.Algorithm);
        Assert.Equal(key.KeyId, anchor.KeyId);
        using var members = JsonDocument.Parse(publicJwk);
        var root = members.RootElement;
        var thumbprint = alg == JwsAlgorithms.ES256
            ? JwkThumbprint.ForEc("P-256", root.GetProperty("x").GetString()!, root.GetProperty("y").GetString()!)
            : JwkThumbprint.ForRsa(root.GetProperty("e").GetString()!, root.GetProperty("n").GetString()!);
        Assert.Equal(thumbprint, anchor.KeyId);
        Assert.False(root.TryGetProperty("d", out _));
    }

    [Fact]
    public void Generate_UnsupportedAlgorithm_Throws()
        => Assert.Throws<ArgumentException>(() => KeyGenerator.Generate("HS256"));

    [Fact]
    public void ForRsa_Rfc7638Example_MatchesPublishedThumbprint()
    {
        // RFC 7638 §3.1.
        const string n = "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw";
        Assert.Equal("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs", JwkThumbprint.ForRsa("AQAB", n));
    }
}
