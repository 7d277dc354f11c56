using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace Sandbox.Providers.Keys;

/// <summary>The hub's public JWK Set for private_key_jwt. A set with private members is refused at start.</summary>
internal static class ClientJwks
{
    public static IReadOnlyList<SecurityKey> Load(string json)
    {
        try
        {
            using (var document = JsonDocument.Parse(json))
            {
                var keys = document.RootElement.GetProperty("keys");
                if (keys.EnumerateArray().Any(k => k.TryGetProperty("d", out _)))
                {
                    throw new InvalidOperationException("ClientJwks must hold public keys only.");
                }
            }
            var set = new JsonWebKeySet(json);
            var signingKeys = set.GetSigningKeys();
            return signingKeys.Count > 0 ? signingKeys.ToList() : throw new InvalidOperationException("ClientJwks holds no usable signing key.");
        }
        catch (Exception e) when (e is JsonException or ArgumentException or KeyNotFoundException)
        {
            throw new InvalidOperationException("ClientJwks is not a JWK Set.");
        }
    }
}
