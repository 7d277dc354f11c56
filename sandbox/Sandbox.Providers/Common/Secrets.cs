using System.Security.Cryptography;
using System.Text;

namespace Sandbox.Providers.Common;

/// <summary>Constant-time comparison of secrets; hashing first hides the length too.</summary>
internal static class Secrets
{
    public static bool AreEqual(string? expected, string? given)
    {
        if (expected is null || given is null)
        {
            return false;
        }
        return CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)), SHA256.HashData(Encoding.UTF8.GetBytes(given)));
    }
}
