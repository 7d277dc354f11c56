using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Sandbox.RelyingParty.Tests.Support;

/// <summary>Consent-revocation SETs (RFC 8417) as the hub would push them (RFC 8935), with every part overridable.</summary>
internal static class SecurityEventTokens
{
    public const string ConsentRevoked = "urn:jp:regional-id:event:consent-revoked";

    public static Dictionary<string, object> RevocationEvent() => new()
    {
        [ConsentRevoked] = new Dictionary<string, object> { ["claims"] = new[] { "name", "resident_of" }, ["reason"] = "revoked_by_person" },
    };

    public static string Create(
        SecurityKey key, string issuer, DateTimeOffset issuedAt, string audience = "osaka-kosodate", string? jti = null,
        string? subject = "pairwise-sub-4f2a9c", object? events = null, bool withoutEvents = false, string type = "secevent+jwt")
    {
        var claims = new Dictionary<string, object> { ["jti"] = jti ?? Guid.NewGuid().ToString("N") };
        if (subject is not null)
        {
            claims["sub"] = subject;
        }
        if (!withoutEvents)
        {
            claims["events"] = events ?? RevocationEvent();
        }
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = issuedAt.UtcDateTime,
            Claims = claims,
            TokenType = type,
            SigningCredentials = new SigningCredentials(key, key is RsaSecurityKey ? SecurityAlgorithms.RsaSha256 : SecurityAlgorithms.EcdsaSha256),
        });
    }

    public static async Task<HttpResponseMessage> PostAsync(RpHarness harness, string token, string contentType = "application/secevent+jwt")
    {
        var content = new StringContent(token);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return await harness.Client.PostAsync(harness.Url("consent-revoked"), content);
    }

    public static string Sign(
        RpHarness harness, string audience = "osaka-kosodate", string? jti = null, string? subject = "pairwise-sub-4f2a9c",
        object? events = null, bool withoutEvents = false, string type = "secevent+jwt") =>
        Create(harness.FakeHub.SigningKey, harness.FakeHub.Issuer, harness.Time.GetUtcNow(), audience, jti, subject, events, withoutEvents, type);

    public static async Task<JsonElement> AssertRejectedAsync(RpHarness harness, string token, string err, string contentType = "application/secevent+jwt")
    {
        using var response = await PostAsync(harness, token, contentType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"expected 400, got {response.StatusCode}: {body}");
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var error = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal(err, error.GetProperty("err").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("description").GetString()));
        return error;
    }

    public static async Task<JsonElement> ListAsync(RpHarness harness) =>
        JsonDocument.Parse(await harness.Client.GetStringAsync(harness.Url("revocations.json"))).RootElement.Clone();
}
