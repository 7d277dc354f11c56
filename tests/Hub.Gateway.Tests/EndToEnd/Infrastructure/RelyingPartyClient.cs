using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hub.TrustList.Common;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Gateway.Tests.EndToEnd.Infrastructure;

/// <summary>
/// The demo trust list's Osaka child-care service (osaka-kosodate, needs level B) as a strict RP: PKCE S256, state
/// and nonce, private_key_jwt with its committed demo key, and ID tokens validated against the hub's jwks.
/// </summary>
public sealed class RelyingPartyClient(Uri issuer, HttpClient backChannel)
{
    public const string ClientId = "osaka-kosodate";
    public const string RedirectUri = "http://localhost:5090/signin-oidc";
    public const string Scope = "openid profile address birthdate age_over_18 resident_of";

    private static readonly Lazy<JsonWebKey> Key = new(() => new JsonWebKey(File.ReadAllText(TestPaths.Key("demo-rp-osaka-kosodate.private.jwk"))));

    public string State { get; } = Base64Url.Encode(RandomNumberGenerator.GetBytes(16));

    public string Nonce { get; } = Base64Url.Encode(RandomNumberGenerator.GetBytes(16));

    public string Verifier { get; } = Base64Url.Encode(RandomNumberGenerator.GetBytes(32));

    public Uri AuthorizeUrl(string? idpHint = null, string scope = Scope, string redirectUri = RedirectUri, string? acrValues = null, string? prompt = null)
    {
        var parameters = new Dictionary<string, string?>
        {
            ["client_id"] = ClientId,
            ["response_type"] = "code",
            ["scope"] = scope,
            ["redirect_uri"] = redirectUri,
            ["state"] = State,
            ["nonce"] = Nonce,
            ["code_challenge"] = Base64Url.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(Verifier))),
            ["code_challenge_method"] = "S256",
            ["idp_hint"] = idpHint,
            ["acr_values"] = acrValues,
            ["prompt"] = prompt,
        };
        return new Uri(QueryHelpers.AddQueryString(issuer.AbsoluteUri + "connect/authorize", parameters.Where(p => p.Value is not null)));
    }

    public static bool IsCallback(Uri url) => url.AbsoluteUri.StartsWith(RedirectUri, StringComparison.Ordinal);

    /// <summary>The authorization response at the RP's redirect_uri (asserting that is where the browser went).</summary>
    public Dictionary<string, string> Callback(BrowserPage page)
    {
        Assert.True(page.IsRedirect && IsCallback(page.Location!), $"Expected a redirect to the RP, got:\n{page}");
        var parameters = QueryHelpers.ParseQuery(page.Location!.Query).ToDictionary(p => p.Key, p => p.Value.ToString());
        Assert.Equal(State, parameters.GetValueOrDefault("state"));
        Assert.Equal(issuer.AbsoluteUri, parameters.GetValueOrDefault("iss"));
        return parameters;
    }

    /// <summary>Redeems the code with private_key_jwt and PKCE; returns the token response.</summary>
    public async Task<JsonElement> RedeemAsync(string code)
    {
        var response = await RedeemRawAsync(code);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public Task<HttpResponseMessage> RedeemRawAsync(string code)
    {
        var now = DateTime.UtcNow;
        var assertion = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = ClientId,
            Audience = issuer.AbsoluteUri,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(1),
            Claims = new Dictionary<string, object> { ["sub"] = ClientId, ["jti"] = Guid.NewGuid().ToString("N") },
            SigningCredentials = new SigningCredentials(Key.Value, SecurityAlgorithms.EcdsaSha256),
        });
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = RedirectUri,
            ["code_verifier"] = Verifier,
            ["client_id"] = ClientId,
            ["client_assertion_type"] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            ["client_assertion"] = assertion,
        });
        return backChannel.PostAsync(new Uri(issuer, "connect/token"), form);
    }

    /// <summary>Validates the ID token as a strict RP: the hub's jwks, issuer, audience, lifetime and nonce.</summary>
    public async Task<JsonWebToken> ValidateIdTokenAsync(string idToken)
    {
        var jwks = new JsonWebKeySet(await backChannel.GetStringAsync(new Uri(issuer, ".well-known/jwks")));
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(idToken, new TokenValidationParameters
        {
            ValidIssuer = issuer.AbsoluteUri,
            ValidAudience = ClientId,
            IssuerSigningKeys = jwks.GetSigningKeys(),
            ValidAlgorithms = ["RS256", "ES256"],
        });
        Assert.True(result.IsValid, result.Exception?.ToString());
        var token = (JsonWebToken)result.SecurityToken;
        Assert.Equal(Nonce, token.GetClaim("nonce").Value);
        return token;
    }

    public static AuthenticationHeaderValue Bearer(string accessToken) => new("Bearer", accessToken);
}
