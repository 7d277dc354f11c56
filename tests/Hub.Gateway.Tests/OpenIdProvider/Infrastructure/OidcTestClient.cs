using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Gateway.Tests.OpenIdProvider.Infrastructure;

/// <summary>
/// A plain-HTTP relying party for the tests: builds authorization requests, follows the hub's redirects back to
/// the RP, redeems codes with a client assertion, and validates ID tokens against the hub's jwks.
/// </summary>
public sealed class OidcTestClient(HttpClient http, OpenIdProviderHost host, string clientId)
{
    public const string DefaultScope = "openid profile email address age_over_18 resident_of provider";

    public HttpClient Http { get; } = http;

    public string ClientId { get; } = clientId;

    public Pkce Pkce { get; } = Pkce.Create();

    public string Nonce { get; } = Guid.NewGuid().ToString("N");

    public string State { get; } = Guid.NewGuid().ToString("N");

    public Dictionary<string, string?> AuthorizationParameters(IDictionary<string, string?>? overrides = null)
    {
        var parameters = new Dictionary<string, string?>
        {
            ["client_id"] = ClientId,
            ["response_type"] = "code",
            ["scope"] = DefaultScope,
            ["redirect_uri"] = TestTrustList.RedirectUri,
            ["state"] = State,
            ["nonce"] = Nonce,
            ["code_challenge"] = Pkce.Challenge,
            ["code_challenge_method"] = "S256",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            parameters[key] = value;
        }
        return parameters.Where(p => p.Value is not null).ToDictionary();
    }

    /// <summary>Sends the authorization request and follows redirects inside the hub (resumed flows).</summary>
    public async Task<HttpResponseMessage> AuthorizeAsync(IDictionary<string, string?>? overrides = null)
    {
        var response = await Http.GetAsync(QueryHelpers.AddQueryString("connect/authorize", AuthorizationParameters(overrides)));
        while (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } location && IsHubUrl(location))
        {
            response = await Http.GetAsync(location);
        }
        return response;
    }

    /// <summary>The parameters the hub sent back to the RP's redirect_uri (asserting that it redirected there).</summary>
    public static Dictionary<string, string> RedirectParameters(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith(TestTrustList.RedirectUri + "?", location.AbsoluteUri, StringComparison.Ordinal);
        return QueryHelpers.ParseQuery(location.Query).ToDictionary(kv => kv.Key, kv => kv.Value.ToString());
    }

    public async Task<string> GetCodeAsync(IDictionary<string, string?>? overrides = null)
    {
        var parameters = RedirectParameters(await AuthorizeAsync(overrides));
        Assert.False(parameters.ContainsKey("error"), parameters.GetValueOrDefault("error_description"));
        return parameters["code"];
    }

    public string Assertion(string? audience = null, TimeSpan? lifetime = null, string? jti = null)
        => host.RpKeys.CreateAssertion(ClientId, audience ?? OpenIdProviderHost.Issuer, host.Time.GetUtcNow(), lifetime, jti);

    public Task<HttpResponseMessage> RedeemAsync(string code, IDictionary<string, string?>? overrides = null, AuthenticationHeaderValueFactory? basic = null)
    {
        var form = new Dictionary<string, string?>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = TestTrustList.RedirectUri,
            ["code_verifier"] = Pkce.Verifier,
            ["client_id"] = ClientId,
            ["client_assertion_type"] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            ["client_assertion"] = Assertion(),
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            form[key] = value;
        }
        var request = new HttpRequestMessage(HttpMethod.Post, "connect/token")
        {
            Content = new FormUrlEncodedContent(form.Where(p => p.Value is not null).Select(p => new KeyValuePair<string, string>(p.Key, p.Value!))),
        };
        if (basic is not null)
        {
            request.Headers.Authorization = basic();
        }
        return Http.SendAsync(request);
    }

    public async Task<JsonElement> RedeemSuccessfullyAsync(string code, IDictionary<string, string?>? overrides = null)
    {
        var response = await RedeemAsync(code, overrides);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<string> ErrorOf(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(body).RootElement.GetProperty("error").GetString()!;
    }

    public async Task<JsonWebKeySet> GetJwksAsync()
        => new(await Http.GetStringAsync(".well-known/jwks"));

    /// <summary>Validates an ID token as a strict RP would: hub keys from jwks, issuer, audience, lifetime on the fake clock.</summary>
    public async Task<JsonWebToken> ValidateIdTokenAsync(string idToken)
    {
        var jwks = await GetJwksAsync();
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(idToken, new TokenValidationParameters
        {
            ValidIssuer = OpenIdProviderHost.Issuer,
            ValidAudience = ClientId,
            IssuerSigningKeys = jwks.GetSigningKeys(),
            ValidAlgorithms = ["RS256", "ES256"],
            ValidateLifetime = false,
        });
        Assert.True(result.IsValid, result.Exception?.ToString());
        var token = (JsonWebToken)result.SecurityToken;
        var now = host.Time.GetUtcNow().UtcDateTime;
        Assert.True(token.ValidTo > now, "The ID token is expired on the hub's clock.");
        Assert.True(token.IssuedAt <= now.AddSeconds(1));
        return token;
    }

    private static bool IsHubUrl(Uri location)
        => !location.IsAbsoluteUri || location.AbsoluteUri.StartsWith(OpenIdProviderHost.Issuer, StringComparison.Ordinal);
}

public delegate System.Net.Http.Headers.AuthenticationHeaderValue AuthenticationHeaderValueFactory();
