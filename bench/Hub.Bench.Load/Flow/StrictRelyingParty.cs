using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hub.TrustList.Common;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Bench.Load.Flow;

/// <summary>
/// The demo trust list's Osaka child-care service (osaka-kosodate, level B) as a strict RP: PKCE S256, state and
/// nonce, private_key_jwt with its committed demo key (ES256), and the ID token validated against the hub's jwks
/// (fetched once, as an RP caches it), issuer, audience, lifetime, nonce and acr.
/// </summary>
public sealed class StrictRelyingParty
{
    public const string ClientId = "osaka-kosodate";
    public const string RedirectUri = "http://localhost:5090/signin-oidc";
    public const string Scope = "openid profile address birthdate age_over_18 resident_of";

    private readonly Uri _issuer;
    private readonly SigningCredentials _credentials;
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private TokenValidationParameters? _validation;

    public StrictRelyingParty(Uri issuer, string privateJwkPath)
    {
        _issuer = issuer;
        _credentials = new SigningCredentials(new JsonWebKey(File.ReadAllText(privateJwkPath)), SecurityAlgorithms.EcdsaSha256);
    }

    public static bool IsCallback(Uri url) => url.AbsoluteUri.StartsWith(RedirectUri, StringComparison.Ordinal);

    /// <summary>One authorization request's secrets.</summary>
    public sealed record Request(string State, string Nonce, string Verifier, Uri Url);

    public Request NewRequest(string idpHint)
    {
        var state = Random(16);
        var nonce = Random(16);
        var verifier = Random(32);
        var parameters = new Dictionary<string, string?>
        {
            ["client_id"] = ClientId,
            ["response_type"] = "code",
            ["scope"] = Scope,
            ["redirect_uri"] = RedirectUri,
            ["state"] = state,
            ["nonce"] = nonce,
            ["code_challenge"] = Base64Url.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))),
            ["code_challenge_method"] = "S256",
            ["idp_hint"] = idpHint,
        };
        return new Request(state, nonce, verifier, new Uri(QueryHelpers.AddQueryString(_issuer.AbsoluteUri + "connect/authorize", parameters)));
    }

    /// <summary>The code from the authorization response, or why the response is not acceptable.</summary>
    public string? Code(Request request, Uri callback, out string? error)
    {
        var parameters = QueryHelpers.ParseQuery(callback.Query);
        error = parameters["state"] != request.State ? "state"
            : parameters["iss"] != _issuer.AbsoluteUri ? "iss"
            : parameters.ContainsKey("error") ? "error=" + parameters["error"]
            : null;
        return error is null ? parameters["code"].ToString() : null;
    }

    public HttpRequestMessage TokenRequest(Request request, string code)
    {
        var now = DateTime.UtcNow;
        var assertion = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = ClientId,
            Audience = _issuer.AbsoluteUri,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(1),
            Claims = new Dictionary<string, object> { ["sub"] = ClientId, ["jti"] = Random(16) },
            SigningCredentials = _credentials,
        });
        return new HttpRequestMessage(HttpMethod.Post, new Uri(_issuer, "connect/token"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "authorization_code",
                ["code"] = code,
                ["redirect_uri"] = RedirectUri,
                ["code_verifier"] = request.Verifier,
                ["client_id"] = ClientId,
                ["client_assertion_type"] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                ["client_assertion"] = assertion,
            }),
        };
    }

    /// <summary>Null when the token response carries a valid ID token for this request; otherwise why not.</summary>
    public async Task<string?> ValidateAsync(Request request, string tokenResponse, HttpClient http)
    {
        using var document = JsonDocument.Parse(tokenResponse);
        if (!document.RootElement.TryGetProperty("id_token", out var idToken))
        {
            return "no id_token";
        }
        _validation ??= new TokenValidationParameters
        {
            ValidIssuer = _issuer.AbsoluteUri,
            ValidAudience = ClientId,
            IssuerSigningKeys = new JsonWebKeySet(await http.GetStringAsync(new Uri(_issuer, ".well-known/jwks"))).GetSigningKeys(),
            ValidAlgorithms = ["RS256", "ES256"],
        };
        var result = await _handler.ValidateTokenAsync(idToken.GetString(), _validation);
        if (!result.IsValid)
        {
            return "id_token: " + result.Exception?.GetType().Name;
        }
        var token = (JsonWebToken)result.SecurityToken;
        return token.GetClaim("nonce").Value != request.Nonce ? "nonce"
            : !token.TryGetClaim("acr", out _) ? "no acr"
            : null;
    }

    private static string Random(int bytes) => Base64Url.Encode(RandomNumberGenerator.GetBytes(bytes));
}
