using System.Security.Cryptography;
using Hub.TrustList.Common;

namespace Hub.TrustList.Lookup;

/// <summary>
/// The digest that names one release's exact signed bytes: base64url SHA-256. A snapshot keeps it instead of the
/// bytes; the loader compares new fetches and its cache file with it.
/// </summary>
public static class TrustListDigest
{
    public static string Compute(ReadOnlySpan<byte> signedJson) => Base64Url.Encode(SHA256.HashData(signedJson));
}
