using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Sandbox.Providers.Oidc.Discovery;

/// <summary>GET /.well-known/openid-configuration and GET /jwks (the public key only).</summary>
internal sealed class DiscoveryEndpoints(OidcServices services)
{
    public Task DiscoveryAsync(HttpContext context)
    {
        var authMethods = new JsonArray();
        if (services.Options.ClientSecret is not null)
        {
            authMethods.Add("client_secret_basic");
        }
        if (services.Options.ClientJwks is not null)
        {
            authMethods.Add("private_key_jwt");
        }
        var document = new JsonObject
        {
            ["issuer"] = services.Issuer,
            ["authorization_endpoint"] = services.Url(OidcServices.AuthorizePath),
            ["token_endpoint"] = services.Url(OidcServices.TokenPath),
            ["userinfo_endpoint"] = services.Url(OidcServices.UserinfoPath),
            ["jwks_uri"] = services.Url(OidcServices.JwksPath),
            ["scopes_supported"] = new JsonArray("openid", "profile", "email", "address"),
            ["response_types_supported"] = new JsonArray("code"),
            ["response_modes_supported"] = new JsonArray("query"),
            ["grant_types_supported"] = new JsonArray("authorization_code"),
            ["subject_types_supported"] = new JsonArray("public"),
            ["id_token_signing_alg_values_supported"] = new JsonArray(services.SigningKey.Algorithm),
            ["token_endpoint_auth_methods_supported"] = authMethods,
            ["token_endpoint_auth_signing_alg_values_supported"] = new JsonArray("RS256", "PS256", "ES256"),
            ["code_challenge_methods_supported"] = new JsonArray("S256"),
            ["acr_values_supported"] = new JsonArray(services.Profile.AcrLevels.Keys.Select(k => (JsonNode)k!).ToArray()),
            ["claims_supported"] = new JsonArray(services.Profile.ClaimsSupported.Select(c => (JsonNode)c!).ToArray()),
            ["claims_parameter_supported"] = false,
            ["request_parameter_supported"] = false,
            ["request_uri_parameter_supported"] = false,
            ["authorization_response_iss_parameter_supported"] = true,
            ["ui_locales_supported"] = new JsonArray("ja", "en"),
        };
        return Json.WriteAsync(context, StatusCodes.Status200OK, document);
    }

    public Task JwksAsync(HttpContext context)
    {
        context.Response.Headers.CacheControl = "public, max-age=300";
        context.Response.Headers.Pragma = default;
        var jwks = new JsonObject { ["keys"] = new JsonArray(services.SigningKey.PublicJwk.DeepClone()) };
        return Json.WriteAsync(context, StatusCodes.Status200OK, jwks);
    }
}
