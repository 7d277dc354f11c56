using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hub.TrustList.Common;

namespace Hub.Adapters.Tests.Oidc.Support;

/// <summary>
/// Builds compact JWS by hand, so a test controls every header (kid absent, alg none, jwk, jku...) and the exact
/// signature, the way the OpenID RP conformance suite does.
/// </summary>
internal static class TestJws
{
    public static string Create(TestSigningKey key, IDictionary<string, object?> claims, Action<Dictionary<string, object?>>? editHeader = null)
    {
        var header = new Dictionary<string, object?> { ["alg"] = key.Alg, ["typ"] = "JWT", ["kid"] = key.Kid };
        editHeader?.Invoke(header);
        var signingInput = SigningInput(header, claims);
        return signingInput + "." + Base64Url.Encode(key.Sign(Encoding.ASCII.GetBytes(signingInput)));
    }

    /// <summary>alg none: header and payload with an empty signature.</summary>
    public static string Unsigned(IDictionary<string, object?> claims)
        => SigningInput(new Dictionary<string, object?> { ["alg"] = "none", ["typ"] = "JWT" }, claims) + ".";

    /// <summary>HS256 with an arbitrary secret (the key-confusion attack uses the provider's public key bytes).</summary>
    public static string Hmac(byte[] secret, IDictionary<string, object?> claims, string? kid)
    {
        var signingInput = SigningInput(new Dictionary<string, object?> { ["alg"] = "HS256", ["typ"] = "JWT", ["kid"] = kid }, claims);
        return signingInput + "." + Base64Url.Encode(HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(signingInput)));
    }

    private static string SigningInput(IDictionary<string, object?> header, IDictionary<string, object?> claims)
    {
        var cleanHeader = header.Where(h => h.Value is not null).ToDictionary(h => h.Key, h => h.Value);
        return Base64Url.Encode(JsonSerializer.SerializeToUtf8Bytes(cleanHeader))
            + "." + Base64Url.Encode(JsonSerializer.SerializeToUtf8Bytes(claims));
    }
}
