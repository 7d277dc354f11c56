using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Hub.TrustList.Signing;

namespace Hub.TrustList.Tests.TestSupport;

/// <summary>Keys generated fresh for each test run; nothing secret is committed for the tests.</summary>
internal static class TestKeys
{
    private static readonly Lazy<SigningKey> CoordinatorKey = new(() => NewKey());
    private static readonly Lazy<SigningKey> NextCoordinatorKey = new(() => NewKey());
    private static readonly Lazy<SigningKey> StrangerKey = new(() => NewKey());
    private static readonly Lazy<string> ProviderCertificateBase64 = new(NewCertificate);
    private static readonly Lazy<PublicJwkPair> ClientKey = new(() => PublicJwkPair.Generate());

    /// <summary>The coordinator key the default verifier pins.</summary>
    public static SigningKey Coordinator => CoordinatorKey.Value;

    /// <summary>The coordinator's next key, for rollover tests.</summary>
    public static SigningKey NextCoordinator => NextCoordinatorKey.Value;

    /// <summary>A key no verifier pins.</summary>
    public static SigningKey Stranger => StrangerKey.Value;

    /// <summary>A self-signed RSA-2048 certificate (base64 DER) for the SAML provider.</summary>
    public static string ProviderCertificate => ProviderCertificateBase64.Value;

    /// <summary>An EC public JWK for relying parties and OIDC providers.</summary>
    public static PublicJwkPair Client => ClientKey.Value;

    public static SigningKey NewKey(string alg = JwsAlgorithms.ES256) => SigningKey.FromJwk(KeyGenerator.Generate(alg).PrivateJwk);

    private static string NewCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=test-idp, O=TEST ONLY", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddYears(100));
        return Convert.ToBase64String(certificate.Export(X509ContentType.Cert));
    }
}
