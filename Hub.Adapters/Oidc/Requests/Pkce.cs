using System.Security.Cryptography;
using System.Text;
using Hub.TrustList.Common;

namespace Hub.Adapters.Oidc.Requests;

/// <summary>
/// RFC 7636 with S256 only (plain is never offered): the adapter's challenges toward providers, and the hub's token
/// endpoint's check of an RP's verifier.
/// </summary>
public static class Pkce
{
    public const string Method = "S256";

    /// <summary>43 characters of base64url from 32 random bytes, the minimum length RFC 7636 allows.</summary>
    public static string NewVerifier(ISecureRandom random) => random.NextToken(32);

    public static string Challenge(string verifier)
        => Base64Url.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
}
