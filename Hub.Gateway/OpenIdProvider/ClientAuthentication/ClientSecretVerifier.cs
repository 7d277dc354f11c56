using System.Security.Cryptography;
using System.Text;
using Hub.TrustList.Common;

namespace Hub.Gateway.OpenIdProvider.ClientAuthentication;

/// <summary>Compares a presented secret with the SHA-256 (base64url) pinned in the trust list, in constant time.</summary>
public static class ClientSecretVerifier
{
    public static bool Matches(string presentedSecret, string? expectedSha256)
    {
        if (string.IsNullOrEmpty(expectedSha256) || !Base64Url.TryDecode(expectedSha256, out var expected) || expected.Length != 32)
        {
            return false;
        }
        var actual = SHA256.HashData(Encoding.UTF8.GetBytes(presentedSecret));
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}
