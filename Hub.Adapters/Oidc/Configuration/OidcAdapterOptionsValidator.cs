using Hub.Adapters.Oidc.Tokens;
using Hub.TrustList.Model;
using Microsoft.Extensions.Options;

namespace Hub.Adapters.Oidc.Configuration;

/// <summary>Checked at host start: a missing or unusable hub client key stops the host with what to set.</summary>
internal sealed class OidcAdapterOptionsValidator : IValidateOptions<OidcAdapterOptions>
{
    private const string Section = "HubAdapters:Oidc";

    public ValidateOptionsResult Validate(string? name, OidcAdapterOptions options)
    {
        var failures = new List<string>();
        if (!ClientKeyParser.TryParse(options.ClientSigningKey, out _, out _, out var problem))
        {
            failures.Add($"{Section}:ClientSigningKey: {problem}. Set it to the hub's private JWK (JSON, RSA or EC, with kid) for private_key_jwt.");
        }
        foreach (var (providerId, client) in options.Clients)
        {
            ValidateClient(providerId, client, failures);
        }
        Require(failures, options.ClockSkew >= TimeSpan.Zero && options.ClockSkew <= TimeSpan.FromMinutes(10), "ClockSkew must be between 0 and 10 minutes.");
        Require(failures, options.MaxIdTokenAge > TimeSpan.Zero, "MaxIdTokenAge must be positive.");
        Require(failures, options.FlowLifetime > TimeSpan.Zero, "FlowLifetime must be positive.");
        Require(failures, options.DiscoveryCacheDuration > TimeSpan.Zero, "DiscoveryCacheDuration must be positive.");
        ValidateHttp(options.Http, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The parameters the adapter sets itself: a brand parameter must not replace one of them.</summary>
    private static readonly HashSet<string> RequestParameters = new(StringComparer.Ordinal)
    {
        "client_id", "response_type", "scope", "redirect_uri", "state", "nonce", "acr_values", "code_challenge",
        "code_challenge_method", "request", "request_uri", "response_mode", "prompt",
    };

    private static void ValidateClient(string providerId, OidcClientOptions client, List<string> failures)
    {
        var prefix = $"{Section}:Clients:{providerId}";
        if (!string.IsNullOrEmpty(client.BrandParameter))
        {
            Require(failures, client.BrandParameter.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_')
                && !RequestParameters.Contains(client.BrandParameter),
                $"{prefix}:BrandParameter must be a parameter name of a-z, 0-9 and '_' that the request does not already use.");
        }
        if (client.Method is ClientAuthenticationMethod.ClientSecretBasic or ClientAuthenticationMethod.ClientSecretPost)
        {
            Require(failures, !string.IsNullOrEmpty(client.ClientSecret), $"{prefix}:ClientSecret is required for {client.Method}.");
        }
        else if (client.PrivateJwk is not null && !ClientKeyParser.TryParse(client.PrivateJwk, out _, out _, out var problem))
        {
            failures.Add($"{prefix}:PrivateJwk: {problem}.");
        }
    }

    private static void ValidateHttp(OidcHttpOptions http, List<string> failures)
    {
        var prefix = $"{Section}:Http";
        Require(failures, http.AttemptTimeout >= TimeSpan.FromMilliseconds(10) && http.AttemptTimeout <= http.TotalTimeout,
            $"{prefix}:AttemptTimeout must be at least 10 ms and at most TotalTimeout.");
        Require(failures, http.TotalTimeout <= TimeSpan.FromMinutes(2), $"{prefix}:TotalTimeout must be at most 2 minutes.");
        Require(failures, http.MaxRetryAttempts is >= 0 and <= 5, $"{prefix}:MaxRetryAttempts must be between 0 and 5.");
        Require(failures, http.RetryDelay >= TimeSpan.Zero, $"{prefix}:RetryDelay must not be negative.");
        Require(failures, http.BreakerFailureRatio is > 0 and <= 1, $"{prefix}:BreakerFailureRatio must be in (0, 1].");
        Require(failures, http.BreakerMinimumThroughput >= 2, $"{prefix}:BreakerMinimumThroughput must be at least 2.");
        Require(failures, http.BreakerSamplingDuration >= TimeSpan.FromMilliseconds(500), $"{prefix}:BreakerSamplingDuration must be at least 500 ms.");
        Require(failures, http.BreakDuration >= TimeSpan.FromMilliseconds(500), $"{prefix}:BreakDuration must be at least 500 ms.");
    }

    private static void Require(List<string> failures, bool condition, string message)
    {
        if (!condition)
        {
            failures.Add(message.StartsWith(Section, StringComparison.Ordinal) ? message : $"{Section}:{message}");
        }
    }
}
