using System.Net;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;
using Sandbox.RelyingParty.Tests.Support;

namespace Sandbox.RelyingParty.Tests.Revocation;

/// <summary>POST /consent-revoked refuses each bad delivery with a 400 and its RFC 8935 err code.</summary>
public sealed class SetRejectionTests
{
    [Fact]
    public async Task Post_SignedByAnotherKeyWithTheHubsKid_InvalidKey()
    {
        await using var harness = await RpHarness.StartAsync();
        var forger = TestKeys.NewEcKey(harness.FakeHub.SigningKey.KeyId);
        var token = SecurityEventTokens.Create(forger, harness.FakeHub.Issuer, harness.Time.GetUtcNow());

        await SecurityEventTokens.AssertRejectedAsync(harness, token, "invalid_key");
    }

    [Fact]
    public async Task Post_SignedByUnknownKid_InvalidKey()
    {
        await using var harness = await RpHarness.StartAsync();
        var token = SecurityEventTokens.Create(TestKeys.NewEcKey("someone-else"), harness.FakeHub.Issuer, harness.Time.GetUtcNow());

        await SecurityEventTokens.AssertRejectedAsync(harness, token, "invalid_key");
    }

    [Fact]
    public async Task Post_Unsigned_InvalidKey()
    {
        await using var harness = await RpHarness.StartAsync();
        var payload = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["iss"] = harness.FakeHub.Issuer,
            ["aud"] = "osaka-kosodate",
            ["iat"] = harness.Time.GetUtcNow().ToUnixTimeSeconds(),
            ["jti"] = "unsigned",
            ["events"] = SecurityEventTokens.RevocationEvent(),
        });
        var header = """{"alg":"none","typ":"secevent+jwt"}""";
        var token = Base64UrlEncoder.Encode(header) + "." + Base64UrlEncoder.Encode(payload) + ".";

        await SecurityEventTokens.AssertRejectedAsync(harness, token, "invalid_key");
    }

    [Fact]
    public async Task Post_WrongAudience_InvalidAudience()
    {
        await using var harness = await RpHarness.StartAsync();

        await SecurityEventTokens.AssertRejectedAsync(harness, SecurityEventTokens.Sign(harness, audience: "maebashi-library"), "invalid_audience");
    }

    [Fact]
    public async Task Post_WrongIssuer_InvalidIssuer()
    {
        await using var harness = await RpHarness.StartAsync();
        var token = SecurityEventTokens.Create(harness.FakeHub.SigningKey, "https://other-hub.example/", harness.Time.GetUtcNow());

        await SecurityEventTokens.AssertRejectedAsync(harness, token, "invalid_issuer");
    }

    [Fact]
    public async Task Post_ReplayedJti_SecondIsInvalidRequest()
    {
        await using var harness = await RpHarness.StartAsync();
        var token = SecurityEventTokens.Sign(harness, jti: "set-replayed");
        using (var first = await SecurityEventTokens.PostAsync(harness, token))
        {
            Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        }

        var error = await SecurityEventTokens.AssertRejectedAsync(harness, token, "invalid_request");

        Assert.Contains("jti", error.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Single((await SecurityEventTokens.ListAsync(harness)).EnumerateArray());
    }

    [Fact]
    public async Task Post_SameJtiInAFreshlySignedSet_IsStillAReplay()
    {
        await using var harness = await RpHarness.StartAsync();
        using (var first = await SecurityEventTokens.PostAsync(harness, SecurityEventTokens.Sign(harness, jti: "set-42")))
        {
            Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        }
        harness.Time.Advance(TimeSpan.FromSeconds(10));

        await SecurityEventTokens.AssertRejectedAsync(harness, SecurityEventTokens.Sign(harness, jti: "set-42"), "invalid_request");
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/jwt")]
    [InlineData("text/plain")]
    public async Task Post_WrongContentType_InvalidRequest(string contentType)
    {
        await using var harness = await RpHarness.StartAsync();

        var error = await SecurityEventTokens.AssertRejectedAsync(harness, SecurityEventTokens.Sign(harness), "invalid_request", contentType);

        Assert.Contains("Content-Type", error.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Empty((await SecurityEventTokens.ListAsync(harness)).EnumerateArray());
    }

    [Theory]
    [InlineData(-6 * 60)]
    [InlineData(2 * 60)]
    public async Task Post_IatNotRecent_InvalidRequest(int offsetSeconds)
    {
        await using var harness = await RpHarness.StartAsync();
        var token = SecurityEventTokens.Create(harness.FakeHub.SigningKey, harness.FakeHub.Issuer, harness.Time.GetUtcNow().AddSeconds(offsetSeconds));

        var error = await SecurityEventTokens.AssertRejectedAsync(harness, token, "invalid_request");

        Assert.Contains("iat", error.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_IatOlderThanTheWindowAfterTimePasses_InvalidRequest()
    {
        await using var harness = await RpHarness.StartAsync();
        var token = SecurityEventTokens.Sign(harness);
        harness.Time.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));

        await SecurityEventTokens.AssertRejectedAsync(harness, token, "invalid_request");
    }

    [Fact]
    public async Task Post_NoEvents_InvalidRequest()
    {
        await using var harness = await RpHarness.StartAsync();

        var error = await SecurityEventTokens.AssertRejectedAsync(harness, SecurityEventTokens.Sign(harness, withoutEvents: true), "invalid_request");

        Assert.Contains("events", error.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_EmptyEvents_InvalidRequest()
    {
        await using var harness = await RpHarness.StartAsync();

        await SecurityEventTokens.AssertRejectedAsync(harness, SecurityEventTokens.Sign(harness, events: new Dictionary<string, object>()), "invalid_request");
    }

    [Fact]
    public async Task Post_IdTokenTyped_InvalidRequest()
    {
        await using var harness = await RpHarness.StartAsync();

        await SecurityEventTokens.AssertRejectedAsync(harness, SecurityEventTokens.Sign(harness, type: "JWT"), "invalid_request");
    }

    [Fact]
    public async Task Post_NotAJwt_InvalidRequest()
    {
        await using var harness = await RpHarness.StartAsync();

        await SecurityEventTokens.AssertRejectedAsync(harness, "not-a-jwt", "invalid_request");
    }
}
