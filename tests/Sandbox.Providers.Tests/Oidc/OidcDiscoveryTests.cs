using System.Net;
using System.Text.Json;

namespace Sandbox.Providers.Tests.Oidc;

public sealed class OidcDiscoveryTests
{
    [Theory]
    [InlineData(OidcHarness.Mydoor, "RS256")]
    [InlineData(OidcHarness.Aizu, "ES256")]
    public async Task Discovery_Get_AnnouncesEndpointsPkceAndIssParameter(string provider, string algorithm)
    {
        await using var op = await OidcHarness.StartAsync(provider);

        var document = await op.JsonAsync(await op.Client.GetAsync(op.Endpoint(".well-known/openid-configuration")), HttpStatusCode.OK);

        var issuer = op.Host.Identifier;
        Assert.Equal(op.Host.BaseUrl.AbsoluteUri.TrimEnd('/'), issuer);
        Assert.Equal(issuer, document.GetProperty("issuer").GetString());
        Assert.Equal(issuer + "/authorize", document.GetProperty("authorization_endpoint").GetString());
        Assert.Equal(issuer + "/token", document.GetProperty("token_endpoint").GetString());
        Assert.Equal(issuer + "/userinfo", document.GetProperty("userinfo_endpoint").GetString());
        Assert.Equal(issuer + "/jwks", document.GetProperty("jwks_uri").GetString());
        Assert.True(document.GetProperty("authorization_response_iss_parameter_supported").GetBoolean());
        Assert.Equal(["S256"], Strings(document, "code_challenge_methods_supported"));
        Assert.Equal(["code"], Strings(document, "response_types_supported"));
        Assert.Equal([algorithm], Strings(document, "id_token_signing_alg_values_supported"));
        Assert.Equal(["client_secret_basic"], Strings(document, "token_endpoint_auth_methods_supported"));
    }

    [Theory]
    [InlineData(OidcHarness.Mydoor)]
    [InlineData(OidcHarness.Aizu)]
    public async Task Jwks_Get_ServesTheCommittedPublicKeyOnly(string provider)
    {
        await using var op = await OidcHarness.StartAsync(provider);

        var jwks = await op.JsonAsync(await op.Client.GetAsync(op.Endpoint("jwks")), HttpStatusCode.OK);

        var key = Assert.Single(jwks.GetProperty("keys").EnumerateArray());
        Assert.Equal(op.PublicKey.Kid, key.GetProperty("kid").GetString());
        Assert.Equal(op.PublicKey.Kty, key.GetProperty("kty").GetString());
        Assert.Equal(op.PublicKey.N ?? op.PublicKey.X, key.GetProperty(op.PublicKey.Kty == "RSA" ? "n" : "x").GetString());
        foreach (var privateMember in new[] { "d", "p", "q", "dp", "dq", "qi" })
        {
            Assert.False(key.TryGetProperty(privateMember, out _), privateMember);
        }
    }

    private static string[] Strings(JsonElement document, string name) =>
        document.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToArray();
}
