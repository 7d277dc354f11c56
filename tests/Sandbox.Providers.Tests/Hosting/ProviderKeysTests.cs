using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.TrustList.Common;
using Sandbox.Providers.Mebuku;
using Sandbox.Providers.Oidc;
using Sandbox.Providers.Tests.Support;

namespace Sandbox.Providers.Tests.Hosting;

/// <summary>Keys given as options (as the conformance suite may), and key problems that stop the provider at start.</summary>
public sealed class ProviderKeysTests
{
    [Fact]
    public async Task StartMebuku_KeyAndCertificateAsOptions_MetadataCarriesThatCertificate()
    {
        using var rsa = RSA.Create(2048);
        using var certificate = new CertificateRequest("CN=other idp", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        await using var idp = await SandboxProviders.StartMebukuAsync(new MebukuProviderOptions
        {
            Url = "http://127.0.0.1:0",
            SigningKeyPem = rsa.ExportPkcs8PrivateKeyPem(),
            SigningCertificatePem = certificate.ExportCertificatePem(),
        });
        using var client = Http.NoRedirects();

        var metadata = SamlXml.Load(await client.GetStringAsync(new Uri(idp.BaseUrl, "saml/metadata")));

        using var publicOnly = X509CertificateLoader.LoadCertificate(certificate.RawData);
        Assert.Equal(Convert.ToBase64String(certificate.RawData), SamlXml.Value(metadata, "//md:KeyDescriptor//ds:X509Certificate"));
        Assert.True(SamlXml.HasValidEnvelopedSignature(metadata.DocumentElement!, publicOnly));
    }

    [Fact]
    public async Task StartMebuku_KeyNotMatchingCertificate_FailsAtStart()
    {
        using var other = RSA.Create(2048);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => SandboxProviders.StartMebukuAsync(new MebukuProviderOptions
        {
            Url = "http://127.0.0.1:0",
            SigningKeyPem = other.ExportPkcs8PrivateKeyPem(),
        }));

        Assert.Contains("does not match its certificate", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("PRIVATE KEY", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAizu_SigningJwkAsOption_JwksServesItsPublicHalf()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var parameters = key.ExportParameters(true);
        var jwk = new JsonObject
        {
            ["kty"] = "EC", ["crv"] = "P-256", ["kid"] = "test-kid",
            ["x"] = Base64Url.Encode(parameters.Q.X), ["y"] = Base64Url.Encode(parameters.Q.Y), ["d"] = Base64Url.Encode(parameters.D),
        };
        await using var op = await SandboxProviders.StartAizuAsync(new OidcSandboxProviderOptions { Url = "http://127.0.0.1:0", SigningJwk = jwk.ToJsonString() });
        using var client = Http.NoRedirects();

        using var response = await client.GetAsync(new Uri(op.BaseUrl, "jwks"));
        var served = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("keys")[0];

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("test-kid", served.GetProperty("kid").GetString());
        Assert.Equal(Base64Url.Encode(parameters.Q.X), served.GetProperty("x").GetString());
        Assert.False(served.TryGetProperty("d", out _));
    }

    [Fact]
    public async Task StartAizu_RsaJwkForEs256Provider_FailsAtStart()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => SandboxProviders.StartAizuAsync(new OidcSandboxProviderOptions
        {
            Url = "http://127.0.0.1:0",
            SigningJwk = TestKeys.Read("mydoor-osaka-op.private.jwk"),
        }));

        Assert.Contains("SigningJwk", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\"d\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartMydoor_ClientJwksWithPrivateKey_FailsAtStart()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => SandboxProviders.StartMydoorAsync(new OidcSandboxProviderOptions
        {
            Url = "http://127.0.0.1:0",
            ClientJwks = "{\"keys\":[" + TestKeys.Read("demo-rp-osaka-kosodate.private.jwk") + "]}",
        }));

        Assert.Equal("ClientJwks must hold public keys only.", error.Message);
    }

    [Fact]
    public async Task StartMebuku_MissingKeysFolder_FailsAtStart()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => SandboxProviders.StartMebukuAsync(new MebukuProviderOptions
        {
            Url = "http://127.0.0.1:0",
            KeysDirectory = "/nonexistent/keys",
        }));

        Assert.Contains("KeysDirectory", error.Message, StringComparison.Ordinal);
    }
}
