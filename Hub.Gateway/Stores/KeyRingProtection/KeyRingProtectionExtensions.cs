using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Hub.Gateway.Stores.KeyRingProtection;

/// <summary>
/// Encrypts the data-protection key ring kept in Redis to the certificate of <see cref="KeyRingProtectionOptions"/>,
/// and refuses to start without one outside the sandbox (<see cref="KeyRingProtectionOptionsValidator"/>).
/// </summary>
internal static class KeyRingProtectionExtensions
{
    public static void AddKeyRingProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(KeyRingProtectionOptions.SectionName);
        var settings = section.Get<KeyRingProtectionOptions>() ?? new KeyRingProtectionOptions();
        services.AddOptions<KeyRingProtectionOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KeyRingProtectionOptions>, KeyRingProtectionOptionsValidator>());
        if (string.IsNullOrWhiteSpace(settings.CertificatePath))
        {
            return;
        }

        // Loaded once, at registration: a missing file or a wrong password stops the host before it serves anything.
        var current = KeyRingCertificates.Load(settings.CertificatePath, settings.CertificatePassword);
        var previous = settings.PreviousCertificatePaths.Select(p => KeyRingCertificates.Load(p, settings.CertificatePassword)).ToList();
        // ProtectKeysWithCertificate also decrypts with the current certificate; the earlier ones only decrypt.
        services.AddDataProtection()
            .ProtectKeysWithCertificate(current)
            .UnprotectKeysWithAnyCertificate([current, .. previous]);
    }
}
