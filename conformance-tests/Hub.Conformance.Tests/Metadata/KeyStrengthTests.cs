using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Hub.Conformance.Metadata;
using Hub.TrustList.Common;
using Hub.TrustList.Model;

namespace Hub.Conformance.Tests.Metadata;

public sealed class KeyStrengthTests
{
    [Theory]
    [InlineData(2048, true)]
    [InlineData(3072, true)]
    [InlineData(1024, false)]
    public void OfJwk_Rsa_NeedsAtLeast2048Bits(int bits, bool accepted)
    {
        using var rsa = RSA.Create(bits);
        var p = rsa.ExportParameters(false);
        var jwk = new PublicJwk { Kty = "RSA", Kid = "k", N = Base64Url.Encode(p.Modulus), E = Base64Url.Encode(p.Exponent) };

        var (description, problem) = KeyStrength.OfJwk(jwk);

        Assert.Equal(accepted, problem is null);
        Assert.Contains($"RSA {bits}", description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nistP256", "P-256", true)]
    [InlineData("nistP384", "P-384", true)]
    [InlineData("nistP521", "P-521", false)]
    public void OfJwk_Ec_AcceptsP256AndP384Only(string curve, string crv, bool accepted)
    {
        using var ec = ECDsa.Create(ECCurve.CreateFromFriendlyName(curve));
        var p = ec.ExportParameters(false);
        var jwk = new PublicJwk { Kty = "EC", Crv = crv, X = Base64Url.Encode(p.Q.X), Y = Base64Url.Encode(p.Q.Y) };

        Assert.Equal(accepted, KeyStrength.OfJwk(jwk).Problem is null);
    }

    [Fact]
    public void OfJwk_SymmetricKey_IsRefused()
        => Assert.Contains("'oct'", KeyStrength.OfJwk(new PublicJwk { Kty = "oct" }).Problem, StringComparison.Ordinal);

    [Theory]
    [InlineData(1024, false)]
    [InlineData(2048, true)]
    public void OfCertificate_Rsa_NeedsAtLeast2048Bits(int bits, bool accepted)
    {
        using var rsa = RSA.Create(bits);
        var request = new CertificateRequest("CN=test, O=TEST ONLY", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddYears(100));

        Assert.Equal(accepted, KeyStrength.OfCertificate(Convert.ToBase64String(certificate.RawData)).Problem is null);
    }

    [Fact]
    public void OfCertificate_NotACertificate_IsAProblem()
        => Assert.NotNull(KeyStrength.OfCertificate("bm90IGEgY2VydA==").Problem);

    [Fact]
    public void Thumbprint_SameKeyAnyKid_IsEqual()
    {
        var a = new PublicJwk { Kty = "EC", Crv = "P-256", X = "x", Y = "y", Kid = "one" };

        Assert.Equal(KeyStrength.Thumbprint(a), KeyStrength.Thumbprint(a with { Kid = "two", Use = "sig" }));
        Assert.Null(KeyStrength.Thumbprint(new PublicJwk { Kty = "oct" }));
    }
}
