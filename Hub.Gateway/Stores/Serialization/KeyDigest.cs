using System.Security.Cryptography;
using System.Text;
using Hub.TrustList.Common;

namespace Hub.Gateway.Stores.Serialization;

/// <summary>
/// The SHA-256 (base64url) of a value used in a key. Codes, subjects and correlation values are never stored as key
/// names in clear: a reader of the store cannot redeem a code or see an identifier, and keys stay short and brace-free.
/// </summary>
internal static class KeyDigest
{
    public static string Of(string value)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(value), hash);
        return Base64Url.Encode(hash);
    }
}
