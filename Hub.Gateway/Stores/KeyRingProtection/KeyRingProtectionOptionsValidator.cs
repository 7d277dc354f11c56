using Microsoft.Extensions.Options;

namespace Hub.Gateway.Stores.KeyRingProtection;

/// <summary>
/// With the Redis store, the key ring must be encrypted at rest, except in the sandbox (<c>Hub:Demo=true</c> or the
/// Development environment) or when an operator says otherwise in so many words (<c>AllowUnprotectedKeys</c>).
/// </summary>
internal sealed class KeyRingProtectionOptionsValidator(IHostEnvironment environment, IConfiguration configuration)
    : IValidateOptions<KeyRingProtectionOptions>
{
    public ValidateOptionsResult Validate(string? name, KeyRingProtectionOptions options)
    {
        var sandbox = environment.IsDevelopment() || configuration.GetValue<bool>("Hub:Demo");
        if (string.IsNullOrWhiteSpace(options.CertificatePath) && !options.AllowUnprotectedKeys && !sandbox)
        {
            return ValidateOptionsResult.Fail(
                "DataProtection:CertificatePath is required with the Redis store: the data-protection key ring in Redis protects the " +
                "cookies and the hub's signing keys, and must be encrypted at rest. Set it to a PKCS#12 file every instance holds " +
                "(password in DataProtection:CertificatePassword), or set DataProtection:AllowUnprotectedKeys=true to accept the risk.");
        }
        return ValidateOptionsResult.Success;
    }
}
