using System.Security.Cryptography;
using System.Text;
using Hub.TrustList.Common;

namespace Hub.Gateway.Tests.EndToEnd.Infrastructure;

/// <summary>The pairwise sub the hub must give, computed independently (docs/openid-provider.md).</summary>
public static class ExpectedSubject
{
    public const string OsakaSector = "kosodate.osaka.example";

    public static string For(string providerId, string providerSubject, string sector = OsakaSector)
        => Base64Url.Encode(HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(HubTestSettings.PairwiseSecret), Encoding.UTF8.GetBytes($"{sector}|{providerId}|{providerSubject}")));
}
