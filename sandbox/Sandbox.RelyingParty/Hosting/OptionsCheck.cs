using System.Text.RegularExpressions;
using Sandbox.RelyingParty.Oidc;

namespace Sandbox.RelyingParty.Hosting;

/// <summary>Fails at start, saying what to set, instead of at the first login.</summary>
internal static partial class OptionsCheck
{
    public static void Validate(DemoRelyingPartyOptions options)
    {
        var failures = new List<string>();
        RequireHttpUrl(options.Url, nameof(options.Url), failures);
        if (options.PublicBaseUrl is not null)
        {
            RequireHttpUrl(options.PublicBaseUrl, nameof(options.PublicBaseUrl), failures);
        }
        if (RequireHttpUrl(options.Authority, nameof(options.Authority), failures) is { } authority && !IsSecureOrLoopback(authority))
        {
            failures.Add($"{nameof(options.Authority)} must use https unless its host is loopback; got '{options.Authority}'.");
        }
        if (options.MetadataAddress is not null
            && RequireHttpUrl(options.MetadataAddress, nameof(options.MetadataAddress), failures) is { } metadata && !IsSecureOrLoopback(metadata))
        {
            failures.Add($"{nameof(options.MetadataAddress)} must use https unless its host is loopback.");
        }
        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            failures.Add($"{nameof(options.ClientId)} is required (the client_id registered in the trust list).");
        }
        if (!options.Scopes.Contains("openid", StringComparer.Ordinal))
        {
            failures.Add($"{nameof(options.Scopes)} must contain 'openid'.");
        }
        if (options.Scopes.Any(s => !ScopeToken().IsMatch(s)))
        {
            failures.Add($"{nameof(options.Scopes)} must be scope tokens without spaces (RFC 6749 §3.3).");
        }
        if (options.ProviderHints.Any(h => !IdpHint.IsValid(h.Id)))
        {
            failures.Add($"{nameof(options.ProviderHints)} ids must be provider or brand ids (lower-case letters, digits and '-').");
        }
        if (options.SetMaxAge <= TimeSpan.Zero || options.RevocationLogCapacity <= 0)
        {
            failures.Add($"{nameof(options.SetMaxAge)} and {nameof(options.RevocationLogCapacity)} must be positive.");
        }
        if (failures.Count > 0)
        {
            throw new InvalidOperationException("The demo relying party cannot start: " + string.Join(" ", failures));
        }
    }

    /// <summary>Discovery over http is tolerated for a hub on this machine only (the demo).</summary>
    public static bool IsSecureOrLoopback(Uri uri) => uri.Scheme == Uri.UriSchemeHttps || uri.IsLoopback;

    private static Uri? RequireHttpUrl(string? value, string optionName, List<string> failures)
    {
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return uri;
        }
        failures.Add($"{optionName} must be an absolute http(s) URL; got '{value}'.");
        return null;
    }

    [GeneratedRegex("^[\\x21\\x23-\\x5B\\x5D-\\x7E]+$")]
    private static partial Regex ScopeToken();
}
