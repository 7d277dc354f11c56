using System.Text.Json;
using Hub.Gateway.Tests.OpenIdProvider.Infrastructure;

namespace Hub.Gateway.Tests.OpenIdProvider.Endpoints;

public sealed class DiscoveryTests
{
    [Fact]
    public async Task Discovery_Document_AnnouncesTheProfile()
    {
        using var host = new OpenIdProviderHost();
        var client = host.CreateOidcClient();

        var document = JsonDocument.Parse(await client.Http.GetStringAsync(".well-known/openid-configuration")).RootElement;

        Assert.Equal(OpenIdProviderHost.Issuer, document.GetProperty("issuer").GetString());
        Assert.Equal("http://localhost/connect/authorize", document.GetProperty("authorization_endpoint").GetString());
        Assert.Equal("http://localhost/connect/token", document.GetProperty("token_endpoint").GetString());
        Assert.Equal("http://localhost/connect/userinfo", document.GetProperty("userinfo_endpoint").GetString());
        Assert.Equal("http://localhost/connect/endsession", document.GetProperty("end_session_endpoint").GetString());
        Assert.Equal("http://localhost/.well-known/jwks", document.GetProperty("jwks_uri").GetString());
        Assert.Equal(["code"], Strings(document, "response_types_supported"));
        Assert.Equal(["authorization_code"], Strings(document, "grant_types_supported"));
        Assert.Equal(["S256"], Strings(document, "code_challenge_methods_supported"));
        Assert.Equal(["form_post", "query"], Strings(document, "response_modes_supported").Order());
        Assert.Equal(["client_secret_basic", "client_secret_post", "private_key_jwt"], Strings(document, "token_endpoint_auth_methods_supported").Order());
        Assert.Equal(["ES256", "PS256", "RS256"], Strings(document, "token_endpoint_auth_signing_alg_values_supported").Order());
        Assert.Equal(["ES256", "RS256"], Strings(document, "id_token_signing_alg_values_supported").Order());
        Assert.Equal(["pairwise"], Strings(document, "subject_types_supported"));
        Assert.Equal(["urn:jp:regional-id:loa:A", "urn:jp:regional-id:loa:B", "urn:jp:regional-id:loa:C"], Strings(document, "acr_values_supported"));
        Assert.Contains("age_over_18", Strings(document, "scopes_supported"));
        Assert.Contains("resident_of", Strings(document, "claims_supported"));
        Assert.Contains("acr", Strings(document, "claims_supported"));
        Assert.True(document.GetProperty("authorization_response_iss_parameter_supported").GetBoolean());
        Assert.True(document.GetProperty("claims_parameter_supported").GetBoolean());
        Assert.False(document.GetProperty("request_parameter_supported").GetBoolean());
        Assert.False(document.TryGetProperty("introspection_endpoint", out _));
    }

    [Fact]
    public async Task Jwks_PublishesPublicSigningKeysOnly()
    {
        using var host = new OpenIdProviderHost();
        var client = host.CreateOidcClient();

        var jwks = JsonDocument.Parse(await client.Http.GetStringAsync(".well-known/jwks")).RootElement.GetProperty("keys");

        var keys = jwks.EnumerateArray().ToList();
        Assert.Equal(2, keys.Count(k => k.GetProperty("alg").GetString() == "RS256"));
        Assert.Equal(2, keys.Count(k => k.GetProperty("alg").GetString() == "ES256"));
        Assert.All(keys, k =>
        {
            Assert.Equal("sig", k.GetProperty("use").GetString());
            Assert.False(k.TryGetProperty("d", out _));
            Assert.False(k.TryGetProperty("p", out _));
            Assert.False(k.TryGetProperty("k", out _));
        });
    }

    private static string[] Strings(JsonElement document, string name)
        => [.. document.GetProperty(name).EnumerateArray().Select(e => e.GetString()!)];
}
