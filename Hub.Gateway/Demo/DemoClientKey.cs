using System.Security.Cryptography;
using System.Text.Json;
using Hub.TrustList.Common;

namespace Hub.Gateway.Demo;

/// <summary>
/// A fresh P-256 private JWK for the hub's <c>private_key_jwt</c> toward OIDC providers. The demo's providers take
/// the hub's demo client secret instead, but the adapter requires a key at start; this one never leaves the process.
/// </summary>
public static class DemoClientKey
{
    public static string Create()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var parameters = key.ExportParameters(includePrivateParameters: true);
        return JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["kty"] = "EC",
            ["crv"] = "P-256",
            ["kid"] = "demo-hub-client-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4)),
            ["alg"] = "ES256",
            ["x"] = Base64Url.Encode(parameters.Q.X),
            ["y"] = Base64Url.Encode(parameters.Q.Y),
            ["d"] = Base64Url.Encode(parameters.D),
        });
    }
}
