using Microsoft.Extensions.Options;

namespace Hub.Gateway.OpenIdProvider.Options;

/// <summary>Fails the host at start, with a message that says what to set, instead of at the first login.</summary>
internal sealed class HubOpenIdProviderOptionsValidator(IHostEnvironment environment) : IValidateOptions<HubOpenIdProviderOptions>
{
    public const int MinimumSecretLength = 32;

    public ValidateOptionsResult Validate(string? name, HubOpenIdProviderOptions options)
    {
        var failures = new List<string>();
        var relaxed = options.Demo || environment.IsDevelopment();

        if (!options.Issuer.IsAbsoluteUri || !string.IsNullOrEmpty(options.Issuer.Query) || !string.IsNullOrEmpty(options.Issuer.Fragment))
        {
            failures.Add("Hub:Issuer must be an absolute URI without query or fragment.");
        }
        else if (options.Issuer.Scheme != Uri.UriSchemeHttps && !relaxed)
        {
            failures.Add("Hub:Issuer must use https (http is allowed only with Hub:Demo=true or in the Development environment).");
        }

        if (string.IsNullOrEmpty(options.PairwiseSecret))
        {
            if (!options.Demo)
            {
                failures.Add($"Hub:PairwiseSecret is required: set a random secret of at least {MinimumSecretLength} characters, the same on every instance, and never change it.");
            }
        }
        else if (options.PairwiseSecret.Length < MinimumSecretLength)
        {
            failures.Add($"Hub:PairwiseSecret must have at least {MinimumSecretLength} characters.");
        }

        ValidateSettings(options.OpenIdProvider, failures);

        if (options.OpenIdProvider.AutoLogin.Enabled && !relaxed)
        {
            failures.Add("Hub:OpenIdProvider:AutoLogin:Enabled is a sandbox feature: it is refused unless Hub:Demo=true or the environment is Development.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateSettings(OpenIdProviderSettings settings, List<string> failures)
    {
        if (settings.AuthorizationCodeLifetime <= TimeSpan.Zero || settings.AuthorizationCodeLifetime > TimeSpan.FromMinutes(10))
        {
            failures.Add("Hub:OpenIdProvider:AuthorizationCodeLifetime must be between 0 and 10 minutes.");
        }
        if (settings.AccessTokenLifetime <= TimeSpan.Zero || settings.IdentityTokenLifetime <= TimeSpan.Zero)
        {
            failures.Add("Hub:OpenIdProvider token lifetimes must be positive.");
        }
        if (settings.ClientAssertionMaxLifetime <= TimeSpan.Zero || settings.ClockSkew < TimeSpan.Zero)
        {
            failures.Add("Hub:OpenIdProvider:ClientAssertionMaxLifetime must be positive and ClockSkew not negative.");
        }
        foreach (var (clientId, algorithm) in settings.IdTokenSigningAlgorithms)
        {
            if (!Keys.HubKeyAlgorithms.IdTokenSigning.Contains(algorithm))
            {
                failures.Add($"Hub:OpenIdProvider:IdTokenSigningAlgorithms:{clientId} must be RS256 or ES256.");
            }
        }
        var keys = settings.Keys;
        if (keys.RotationPeriod < TimeSpan.FromMinutes(1))
        {
            failures.Add("Hub:OpenIdProvider:Keys:RotationPeriod must be at least one minute.");
        }
        if (keys.PublishLead <= keys.CacheDuration || keys.PublishLead >= keys.RotationPeriod)
        {
            failures.Add("Hub:OpenIdProvider:Keys:PublishLead must be longer than CacheDuration and shorter than RotationPeriod.");
        }
        var longestToken = settings.AccessTokenLifetime > settings.IdentityTokenLifetime ? settings.AccessTokenLifetime : settings.IdentityTokenLifetime;
        if (keys.RetirementGrace <= keys.PublishLead + longestToken)
        {
            failures.Add("Hub:OpenIdProvider:Keys:RetirementGrace must exceed PublishLead plus the longest token lifetime.");
        }
        if (keys.CacheDuration <= TimeSpan.Zero)
        {
            failures.Add("Hub:OpenIdProvider:Keys:CacheDuration must be positive.");
        }
    }
}
