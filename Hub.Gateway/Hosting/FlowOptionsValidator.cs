using Hub.Gateway.Flow;
using Microsoft.Extensions.Options;

namespace Hub.Gateway.Hosting;

/// <summary>Stops the host at start on unusable flow settings.</summary>
internal sealed class FlowOptionsValidator : IValidateOptions<FlowOptions>
{
    public ValidateOptionsResult Validate(string? name, FlowOptions options)
    {
        var failures = new List<string>();
        if (options.Lifetime < TimeSpan.FromMinutes(1) || options.Lifetime > TimeSpan.FromHours(1))
        {
            failures.Add($"{FlowOptions.SectionName}:Lifetime must be between 1 minute and 1 hour.");
        }
        if (string.IsNullOrWhiteSpace(options.CookiePrefix) || !options.CookiePrefix.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
        {
            failures.Add($"{FlowOptions.SectionName}:CookiePrefix must be ASCII letters, digits, '_' or '-'.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
