using Microsoft.Extensions.Options;

namespace Hub.Adapters.Saml2.Options;

/// <summary>
/// Fails the host at start when the SP is misconfigured: entity ID, an https ACS URL (http only on loopback),
/// a loadable certificate + key pair, a sane clock skew and positive size caps.
/// </summary>
public sealed class Saml2SpOptionsValidator : IValidateOptions<Saml2SpOptions>
{
    private static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(10);

    public ValidateOptionsResult Validate(string? name, Saml2SpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var section = Saml2SpOptions.SectionName;
        if (!Uri.TryCreate(options.EntityId, UriKind.Absolute, out _))
        {
            failures.Add($"{section}:EntityId must be an absolute URI (e.g. https://hub.example.jp/saml2).");
        }
        if (!Uri.TryCreate(options.AssertionConsumerServiceUrl, UriKind.Absolute, out var acs)
            || !(acs.Scheme == Uri.UriSchemeHttps || (acs.Scheme == Uri.UriSchemeHttp && acs.IsLoopback)))
        {
            failures.Add($"{section}:AssertionConsumerServiceUrl must be an absolute https URL (http only on loopback).");
        }
        if (options.ClockSkew < TimeSpan.Zero || options.ClockSkew > MaxClockSkew)
        {
            failures.Add($"{section}:ClockSkew must be between 0 and {MaxClockSkew}.");
        }
        if (options.MaxResponseBase64Length <= 0 || options.MaxInflatedMessageBytes <= 0)
        {
            failures.Add($"{section}:MaxResponseBase64Length and MaxInflatedMessageBytes must be positive.");
        }
        if (options.MetadataValidity <= TimeSpan.Zero)
        {
            failures.Add($"{section}:MetadataValidity must be positive.");
        }
        var (certificate, error) = Saml2SpCredential.Load(options);
        certificate?.Dispose();
        if (error is not null)
        {
            failures.Add(error);
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
