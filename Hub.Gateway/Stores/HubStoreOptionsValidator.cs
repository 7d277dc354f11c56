using Microsoft.Extensions.Options;

namespace Hub.Gateway.Stores;

/// <summary>Stops the host at start when the store settings cannot work.</summary>
internal sealed class HubStoreOptionsValidator : IValidateOptions<HubStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, HubStoreOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrEmpty(options.KeyPrefix) || options.KeyPrefix.IndexOfAny(['{', '}']) >= 0)
        {
            failures.Add("Stores:KeyPrefix must be set and must not contain '{' or '}' (they would break Redis Cluster hash tags).");
        }
        if (options.AuditPartitions is < 1 or > 1024)
        {
            failures.Add("Stores:AuditPartitions must be between 1 and 1024.");
        }
        if (options.RedeemedCodeRetention <= TimeSpan.Zero || options.RevocationRetention <= TimeSpan.Zero)
        {
            failures.Add("Stores:RedeemedCodeRetention and Stores:RevocationRetention must be positive.");
        }
        if (options.MaxAppendAttempts < 1)
        {
            failures.Add("Stores:MaxAppendAttempts must be at least 1.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
