using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Sandbox.RelyingParty.Tests.Support.FakeOp;

internal sealed partial class FakeHub
{
    private void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = BaseUrl + "/connect/authorize",
            ["token_endpoint"] = TokenEndpoint,
            ["userinfo_endpoint"] = BaseUrl + "/connect/userinfo",
            ["end_session_endpoint"] = BaseUrl + "/connect/endsession",
            ["jwks_uri"] = BaseUrl + "/.well-known/jwks",
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "pairwise" },
            ["id_token_signing_alg_values_supported"] = new[] { "ES256", "RS256" },
            ["code_challenge_methods_supported"] = new[] { "S256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
            ["authorization_response_iss_parameter_supported"] = Behaviour.AdvertiseIssParameter,
        }));
        app.MapGet("/.well-known/jwks", () => Results.Text(TestKeys.PublicJwks(SigningKey), "application/json"));
        app.MapGet("/connect/authorize", (Delegate)Authorize);
        app.MapPost("/connect/token", (Delegate)TokenAsync);
        app.MapGet("/connect/userinfo", (Delegate)Userinfo);
        app.MapGet("/connect/endsession", (Delegate)EndSession);
    }

    private IResult Authorize(HttpContext context)
    {
        var query = context.Request.Query.ToDictionary(p => p.Key, p => p.Value.ToString());
        AuthorizeRequests.Enqueue(query);
        var response = new Dictionary<string, string?> { ["state"] = query.GetValueOrDefault("state") };
        if (Behaviour.AuthorizeError is { } error)
        {
            response["error"] = error;
            response["error_description"] = Behaviour.AuthorizeErrorDescription;
        }
        else
        {
            var code = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(24));
            _codes[code] = new PendingCode(query.GetValueOrDefault("client_id", ""), query.GetValueOrDefault("redirect_uri", ""),
                query.GetValueOrDefault("code_challenge", ""), query.GetValueOrDefault("code_challenge_method", ""), query.GetValueOrDefault("nonce"));
            response["code"] = code;
        }
        if (!Behaviour.OmitIssParameter)
        {
            response["iss"] = Behaviour.IssParameterOverride ?? Issuer;
        }
        return Results.Redirect(query["redirect_uri"] + QueryString.Create(response.Where(p => p.Value is not null)));
    }

    private async Task<IResult> TokenAsync(HttpContext context)
    {
        var form = (await context.Request.ReadFormAsync()).ToDictionary(p => p.Key, p => p.Value.ToString());
        var (assertion, rejection) = await TokenRequestCheck.ClientAsync(form, ClientId, RegisteredClientKey, TokenEndpoint, _seenJtis);
        if (rejection is not null)
        {
            TokenRequests.Enqueue(new TokenRequestRecord(form, assertion, rejection));
            return Results.Json(new { error = "invalid_client" }, statusCode: 401);
        }
        rejection = !_codes.TryRemove(form.GetValueOrDefault("code", ""), out var code) ? "unknown code"
            : code.RedirectUri != form.GetValueOrDefault("redirect_uri") ? "redirect_uri differs"
            : TokenRequestCheck.Pkce(code, form.GetValueOrDefault("code_verifier"));
        TokenRequests.Enqueue(new TokenRequestRecord(form, assertion, rejection));
        if (rejection is not null)
        {
            return Results.Json(new { error = "invalid_grant" }, statusCode: 400);
        }
        var accessToken = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(24));
        _accessTokens[accessToken] = Behaviour.Subject;
        return Results.Json(new Dictionary<string, object>
        {
            ["access_token"] = accessToken,
            ["token_type"] = "Bearer",
            ["expires_in"] = 300,
            ["id_token"] = IdToken(code!.Nonce),
        });
    }

    private string IdToken(string? nonce)
    {
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object>
        {
            ["sub"] = Behaviour.Subject,
            ["auth_time"] = EpochTime.GetIntDate(now.AddSeconds(-30)),
            ["acr"] = Behaviour.Acr,
            ["amr"] = new[] { "hwk", "pin" },
            ["provider"] = new Dictionary<string, object> { ["id"] = "mydoor-osaka", ["brand"] = "sakai-d" },
            ["name"] = "堺 花子",
        };
        if (nonce is not null)
        {
            claims["nonce"] = nonce;
        }
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = ClientId,
            IssuedAt = now,
            Expires = now.AddMinutes(5),
            Claims = claims,
            SigningCredentials = new SigningCredentials(Behaviour.IdTokenKeyOverride ?? SigningKey, SecurityAlgorithms.EcdsaSha256),
        });
    }

    private IResult Userinfo(HttpContext context)
    {
        Interlocked.Increment(ref _userinfoRequests);
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal) || !_accessTokens.TryGetValue(header["Bearer ".Length..], out var subject))
        {
            return Results.Json(new { error = "invalid_token" }, statusCode: 401);
        }
        return Results.Json(new Dictionary<string, object>
        {
            ["sub"] = subject,
            ["name"] = "堺 花子",
            ["name_kana"] = "サカイ ハナコ",
            ["birthdate"] = "1988-07-07",
            ["age_over_18"] = true,
            ["resident_of"] = new[] { "271403", "270008" },
            ["address"] = new Dictionary<string, object>
            {
                ["formatted"] = "大阪府堺市堺区南瓦町3-1",
                ["region"] = "大阪府",
                ["locality"] = "堺市堺区",
                ["street_address"] = "南瓦町3-1",
                ["postal_code"] = "590-0078",
                ["local_government_code"] = "271403",
            },
            ["provider"] = new Dictionary<string, object> { ["id"] = "mydoor-osaka", ["brand"] = "sakai-d" },
        });
    }

    private IResult EndSession(HttpContext context)
    {
        var query = context.Request.Query.ToDictionary(p => p.Key, p => p.Value.ToString());
        EndSessionRequests.Enqueue(query);
        var state = query.TryGetValue("state", out var value) ? "?state=" + Uri.EscapeDataString(value) : "";
        return Results.Redirect(query["post_logout_redirect_uri"] + state);
    }
}
