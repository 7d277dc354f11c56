using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Hub.Gateway.Stores.KeyRingProtection;
using Hub.Gateway.Stores.Registration;
using Hub.Gateway.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hub.Gateway.Tests.Stores.KeyRingProtection;

/// <summary>
/// The data-protection key ring in a real redis-server: encrypted to the configured certificate, readable by every
/// instance that holds it and by no other, and refused in clear outside the sandbox.
/// </summary>
public sealed class KeyRingProtectionTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>, IDisposable
{
    private const string Password = "test-only-password";
    private readonly string _directory = Directory.CreateTempSubdirectory("keyring-").FullName;
    private readonly string _prefix = $"test-{Guid.NewGuid():N}:";

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Protect_WithCertificate_KeyRingInRedisIsEncrypted()
    {
        using var services = Build(Settings(certificate: WriteCertificate("current")));

        services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("payload"u8.ToArray());

        var keys = await redis.InstanceA.GetDatabase().ListRangeAsync($"{_prefix}dataprotection-keys");
        var xml = Assert.Single(keys).ToString();
        Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Unprotect_OtherInstanceWithTheSameCertificate_Reads()
    {
        var certificate = WriteCertificate("current");
        using var instanceA = Build(Settings(certificate));
        using var instanceB = Build(Settings(certificate));
        var protectedPayload = instanceA.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("payload"u8.ToArray());

        var payload = instanceB.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedPayload);

        Assert.Equal("payload"u8.ToArray(), payload);
    }

    [Fact]
    public void Unprotect_InstanceWithAnotherCertificate_CannotReadTheKeyRing()
    {
        using var instanceA = Build(Settings(WriteCertificate("current")));
        using var stranger = Build(Settings(WriteCertificate("stranger")));
        var protectedPayload = instanceA.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("payload"u8.ToArray());

        Assert.ThrowsAny<CryptographicException>(() =>
            stranger.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedPayload));
    }

    [Fact]
    public void Unprotect_AfterACertificateRotation_PreviousCertificateStillDecrypts()
    {
        var old = WriteCertificate("old");
        using var before = Build(Settings(old));
        var protectedPayload = before.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("payload"u8.ToArray());
        var rotated = Settings(WriteCertificate("new"));
        rotated["DataProtection:PreviousCertificatePaths:0"] = old;
        using var after = Build(rotated);

        var payload = after.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedPayload);

        Assert.Equal("payload"u8.ToArray(), payload);
    }

    [Fact]
    public void Options_ProductionWithoutCertificate_RefusedWithWhatToSet()
    {
        using var services = Build(Settings(certificate: null));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<KeyRingProtectionOptions>>().Value);

        Assert.Contains("DataProtection:CertificatePath is required", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hub:Demo", "true", "Production")]
    [InlineData("DataProtection:AllowUnprotectedKeys", "true", "Production")]
    [InlineData("Unrelated", "x", "Development")]
    public void Options_SandboxOrExplicitAllowance_Accepted(string key, string value, string environment)
    {
        var settings = Settings(certificate: null);
        settings[key] = value;
        using var services = Build(settings, environment);

        Assert.NotNull(services.GetRequiredService<IOptions<KeyRingProtectionOptions>>().Value);
    }

    [Fact]
    public void AddHubStores_WrongCertificatePassword_FailsNamingTheFile()
    {
        var settings = Settings(WriteCertificate("current"));
        settings["DataProtection:CertificatePassword"] = "wrong";

        var error = Assert.Throws<InvalidOperationException>(() => Build(settings));

        Assert.Contains("cannot be read as PKCS#12", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddHubStores_CertificateWithoutPrivateKey_Refused()
    {
        using var key = RSA.Create(2048);
        using var certificate = new CertificateRequest("CN=public only", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var path = Path.Combine(_directory, "public-only.pfx");
        using (var publicOnly = X509CertificateLoader.LoadCertificate(certificate.Export(X509ContentType.Cert)))
        {
            File.WriteAllBytes(path, publicOnly.Export(X509ContentType.Pfx, Password));
        }

        var error = Assert.Throws<InvalidOperationException>(() => Build(Settings(path)));

        Assert.Contains("must carry an RSA private key", error.Message, StringComparison.Ordinal);
    }

    private Dictionary<string, string?> Settings(string? certificate) => new()
    {
        ["Redis:Configuration"] = redis.ConnectionString,
        ["Stores:KeyPrefix"] = _prefix,
        ["DataProtection:CertificatePath"] = certificate,
        ["DataProtection:CertificatePassword"] = Password,
    };

    private static ServiceProvider Build(Dictionary<string, string?> settings, string environment = "Production")
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(new TestHostEnvironment(environment));
        services.AddHubStores(configuration);
        return services.BuildServiceProvider();
    }

    private string WriteCertificate(string name)
    {
        using var key = RSA.Create(2048);
        using var certificate = new CertificateRequest($"CN=hub key ring {name} (test only)", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var path = Path.Combine(_directory, $"{name}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return path;
    }
}
