using System.Security.Cryptography;
using System.Text;
using Hub.Gateway.OpenIdProvider.Logging;
using Hub.Gateway.OpenIdProvider.Options;
using Hub.TrustList.Common;
using Microsoft.Extensions.Options;

namespace Hub.Gateway.OpenIdProvider.Subjects;

/// <summary>
/// The pairwise <c>sub</c> an RP sees: base64url(HMAC-SHA256(hub secret, sector | provider | provider subject)).
/// Stable across restarts and instances (it depends only on the configured secret), different for every sector,
/// and never the provider's own identifier.
/// </summary>
public sealed class PairwiseSubjectCalculator
{
    /// <summary>Public and therefore worthless as a secret: used only in demo mode without Hub:PairwiseSecret.</summary>
    internal const string DemoSecret = "demo-only-pairwise-secret:do-not-use-outside-the-demo";

    private readonly byte[] _key;

    public PairwiseSubjectCalculator(IOptions<HubOpenIdProviderOptions> options, ILogger<PairwiseSubjectCalculator> logger)
    {
        var secret = options.Value.PairwiseSecret;
        if (string.IsNullOrEmpty(secret))
        {
            OpenIdProviderLog.DemoPairwiseSecret(logger);
            secret = DemoSecret;
        }
        _key = Encoding.UTF8.GetBytes(secret);
    }

    public string Calculate(string sectorIdentifier, string providerId, string providerSubject)
    {
        ArgumentException.ThrowIfNullOrEmpty(sectorIdentifier);
        ArgumentException.ThrowIfNullOrEmpty(providerId);
        ArgumentException.ThrowIfNullOrEmpty(providerSubject);
        var input = Encoding.UTF8.GetBytes($"{sectorIdentifier}|{providerId}|{providerSubject}");
        return Base64Url.Encode(HMACSHA256.HashData(_key, input));
    }
}
