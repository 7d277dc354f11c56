using System.Security.Cryptography.X509Certificates;
using Hub.Adapters.Saml2.Options;

namespace Hub.Adapters.Tests.Saml2.TestSupport;

/// <summary>The hub's demo SP key pair committed under sandbox/keys (DEMO ONLY).</summary>
internal static class SandboxKeys
{
    private static readonly Lazy<string> KeysDirectory = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Federation.sln")))
            {
                return Path.Combine(directory.FullName, "sandbox", "keys");
            }
        }
        throw new InvalidOperationException("Federation.sln not found above the test output directory.");
    });

    public static string SpCertificatePath => Path.Combine(KeysDirectory.Value, "hub-saml-sp.crt.pem");

    public static string SpKeyPath => Path.Combine(KeysDirectory.Value, "hub-saml-sp.key.pem");

    public static X509Certificate2 SpCertificate => X509CertificateLoader.LoadCertificate(
        X509Certificate2.CreateFromPem(File.ReadAllText(SpCertificatePath)).RawData);

    public static Saml2SpOptions SpOptions() => new()
    {
        EntityId = SamlTestContext.SpEntityId,
        AssertionConsumerServiceUrl = SamlTestContext.AcsUrl,
        SigningCertificatePath = SpCertificatePath,
        SigningKeyPath = SpKeyPath,
        AmrAttributeNames = ["urn:mebuku:attribute:amr"],
    };
}
