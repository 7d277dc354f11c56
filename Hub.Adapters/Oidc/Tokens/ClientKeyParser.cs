using Microsoft.IdentityModel.Tokens;

namespace Hub.Adapters.Oidc.Tokens;

/// <summary>Reads the hub's private JWK for private_key_jwt and picks its signing algorithm.</summary>
internal static class ClientKeyParser
{
    public static bool TryParse(string? json, out JsonWebKey key, out string algorithm, out string problem)
    {
        key = null!;
        algorithm = "";
        if (string.IsNullOrWhiteSpace(json))
        {
            problem = "no private JWK is configured";
            return false;
        }
        try
        {
            key = new JsonWebKey(json);
        }
        catch (ArgumentException)
        {
            problem = "the private JWK is not valid JSON";
            return false;
        }
        if (!key.HasPrivateKey)
        {
            problem = "the JWK holds no private key";
            return false;
        }
        if (string.IsNullOrEmpty(key.Kid))
        {
            problem = "the JWK has no kid (providers select the hub's key by kid)";
            return false;
        }
        algorithm = string.IsNullOrEmpty(key.Alg) ? DefaultAlgorithm(key) : key.Alg;
        if (algorithm.Length == 0 || algorithm.StartsWith("HS", StringComparison.Ordinal))
        {
            problem = $"the JWK (kty {key.Kty}, crv {key.Crv}) has no usable asymmetric signing algorithm";
            return false;
        }
        problem = "";
        return true;
    }

    private static string DefaultAlgorithm(JsonWebKey key) => (key.Kty, key.Crv) switch
    {
        ("RSA", _) => SecurityAlgorithms.RsaSha256,
        ("EC", "P-256") => SecurityAlgorithms.EcdsaSha256,
        ("EC", "P-384") => SecurityAlgorithms.EcdsaSha384,
        ("EC", "P-521") => SecurityAlgorithms.EcdsaSha512,
        _ => "",
    };
}
