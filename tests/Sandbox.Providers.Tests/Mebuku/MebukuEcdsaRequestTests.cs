using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Sandbox.Providers.Mebuku;
using Sandbox.Providers.Tests.Support;

namespace Sandbox.Providers.Tests.Mebuku;

/// <summary>
/// A hub whose SAML SP key is ECDSA P-256: its AuthnRequests carry ECDSA-SHA256 query signatures, and the IdP accepts
/// exactly the algorithm of the key it has registered for the SP.
/// </summary>
public sealed class MebukuEcdsaRequestTests
{
    [Fact]
    public async Task Sso_EcdsaSignedRequest_WithEcdsaSpCertificate_ShowsLoginForm()
    {
        using var spKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        await using var idp = await MebukuHarness.StartAsync(o => o.SpCertificatePem = SelfSigned(spKey));

        using var response = await idp.Client.GetAsync(
            SamlRedirectRequest.Url(idp.SsoUrl, idp.Request(), "flow-1", spKey, SamlRedirectRequest.EcdsaSha256));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(HtmlForm.Hidden(await response.Content.ReadAsStringAsync(), "request_id"));
    }

    [Theory]
    [InlineData("another P-256 key", "saml_request_signature_invalid")]
    [InlineData("the hub's RSA key", "saml_request_sigalg_unsupported")]
    [InlineData("the SP key, SigAlg saying RSA-SHA256", "saml_request_sigalg_unsupported")]
    public async Task Sso_WhenSpKeyIsEcdsa_RequestSignedOtherwiseRefused(string signedWith, string code)
    {
        using var spKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var otherKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var rsa = SamlRedirectRequest.HubKey();
        await using var idp = await MebukuHarness.StartAsync(o => o.SpCertificatePem = SelfSigned(spKey));
        var (key, sigAlg) = signedWith switch
        {
            "another P-256 key" => ((AsymmetricAlgorithm)otherKey, SamlRedirectRequest.EcdsaSha256),
            "the hub's RSA key" => (rsa, SamlRedirectRequest.RsaSha256),
            _ => (spKey, SamlRedirectRequest.RsaSha256),
        };

        using var response = await idp.Client.GetAsync(SamlRedirectRequest.Url(idp.SsoUrl, idp.Request(), "flow-1", key, sigAlg));

        await MebukuSsoTests.AssertRefusedAsync(response, code);
    }

    [Fact]
    public async Task Sso_EcdsaSigAlg_WhenSpKeyIsRsa_RefusedAsUnsupportedAlgorithm()
    {
        using var otherKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        await using var idp = await MebukuHarness.StartAsync();

        using var response = await idp.Client.GetAsync(
            SamlRedirectRequest.Url(idp.SsoUrl, idp.Request(), "flow-1", otherKey, SamlRedirectRequest.EcdsaSha256));

        await MebukuSsoTests.AssertRefusedAsync(response, "saml_request_sigalg_unsupported");
    }

    [Theory]
    [InlineData("P-384")]
    [InlineData("RSA-1024")]
    public async Task StartMebuku_SpCertificateOfAnotherKind_FailsAtStart(string kind)
    {
        using AsymmetricAlgorithm key = kind == "P-384" ? ECDsa.Create(ECCurve.NamedCurves.nistP384) : RSA.Create(1024);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => MebukuHarness.StartAsync(o => o.SpCertificatePem = SelfSigned(key)));

        Assert.Equal("SpCertificatePem must hold an RSA key of at least 2048 bits or an ECDSA P-256 key.", error.Message);
    }

    [Fact]
    public async Task StartMebuku_IdpSigningCertificateEcdsa_FailsAtStart()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => MebukuHarness.StartAsync(o =>
        {
            o.SigningCertificatePem = SelfSigned(key);
            o.SigningKeyPem = key.ExportPkcs8PrivateKeyPem();
        }));

        Assert.Equal("SigningCertificatePem must hold an RSA key of at least 2048 bits.", error.Message);
    }

    private static string SelfSigned(AsymmetricAlgorithm key)
    {
        var request = key switch
        {
            ECDsa ecdsa => new CertificateRequest("CN=DEMO ONLY test hub SP", ecdsa, HashAlgorithmName.SHA256),
            RSA rsa => new CertificateRequest("CN=DEMO ONLY test hub SP", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
            _ => throw new ArgumentException("RSA or ECDSA only.", nameof(key)),
        };
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return certificate.ExportCertificatePem();
    }
}
