using System.Security.Cryptography;
using System.Text;
using Hub.TrustList.Common;

namespace Sandbox.Providers.Oidc.Token;

/// <summary>PKCE S256 (RFC 7636): BASE64URL(SHA256(ASCII(code_verifier))) == code_challenge.</summary>
internal static class Pkce
{
    public static bool IsWellFormedChallenge(string challenge) =>
        challenge.Length == 43 && challenge.All(IsBase64UrlChar);

    public static bool IsWellFormedVerifier(string? verifier) =>
        verifier is { Length: >= 43 and <= 128 } && verifier.All(c => IsBase64UrlChar(c) || c is '.' or '~');

    public static bool Matches(string challenge, string? verifier)
    {
        if (!IsWellFormedVerifier(verifier))
        {
            return false;
        }
        var computed = Base64Url.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier!)));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(computed), Encoding.ASCII.GetBytes(challenge));
    }

    private static bool IsBase64UrlChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';
}
