using Microsoft.Extensions.Options;

namespace Hub.TrustList.Loading;

/// <summary>Stops the host at start when the trust list cannot be loaded as configured, saying what to set.</summary>
internal sealed class TrustListLoaderOptionsValidator : IValidateOptions<TrustListLoaderOptions>
{
    public ValidateOptionsResult Validate(string? name, TrustListLoaderOptions options)
    {
        var failures = new List<string>();
        if (TrustListSourceLocation.Parse(options.Source).Problem is { } sourceProblem)
        {
            failures.Add(sourceProblem);
        }
        if (options.AnchorFiles.Count == 0 && options.AnchorJwks.Count == 0)
        {
            failures.Add("No trust anchor: set TrustList:AnchorFiles (a public JWK file of the coordinator) or TrustList:AnchorJwks.");
        }
        else
        {
            try
            {
                TrustAnchorSet.Resolve(options);
            }
            catch (FormatException e)
            {
                failures.Add(e.Message);
            }
        }
        if (options.RefreshInterval <= TimeSpan.Zero)
        {
            failures.Add("TrustList:RefreshInterval must be positive.");
        }
        if (options.FetchTimeout <= TimeSpan.Zero)
        {
            failures.Add("TrustList:FetchTimeout must be positive.");
        }
        if (options.MaxDocumentBytes <= 0 || options.MaxDocumentBytes > int.MaxValue)
        {
            failures.Add("TrustList:MaxDocumentBytes must be between 1 and 2 GiB.");
        }
        if (options.MaxValidity <= TimeSpan.Zero || options.ClockSkew < TimeSpan.Zero)
        {
            failures.Add("TrustList:MaxValidity must be positive and TrustList:ClockSkew not negative.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
