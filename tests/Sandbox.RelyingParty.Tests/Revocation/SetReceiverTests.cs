using System.Net;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;
using Sandbox.RelyingParty.Tests.Support;

namespace Sandbox.RelyingParty.Tests.Revocation;

/// <summary>POST /consent-revoked through real HTTP: RFC 8935 push delivery of the hub's consent revocations.</summary>
public sealed class SetReceiverTests
{
    [Fact]
    public async Task Post_ValidSet_Returns202AndListsIt()
    {
        await using var harness = await RpHarness.StartAsync();
        var token = Sign(harness, jti: "set-001");

        using var response = await SecurityEventTokens.PostAsync(harness, token);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var listed = Assert.Single((await ListAsync(harness)).EnumerateArray());
        Assert.Equal("set-001", listed.GetProperty("jti").GetString());
        Assert.Equal(harness.FakeHub.Issuer, listed.GetProperty("iss").GetString());
        Assert.Equal("pairwise-sub-4f2a9c", listed.GetProperty("sub").GetString());
        Assert.Equal(SecurityEventTokens.ConsentRevoked, Assert.Single(listed.GetProperty("event_types").EnumerateArray()).GetString());
        Assert.Equal("revoked_by_person", listed.GetProperty("events").GetProperty(SecurityEventTokens.ConsentRevoked).GetProperty("reason").GetString());
        var page = await harness.Client.GetStringAsync(harness.Url("revocations"));
        Assert.Contains("data-jti=\"set-001\"", page, StringComparison.Ordinal);
        Assert.Contains("pairwise-sub-4f2a9c", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_SubjectInEventSubjectIdentifier_IsRecorded()
    {
        await using var harness = await RpHarness.StartAsync();
        var events = new Dictionary<string, object>
        {
            [SecurityEventTokens.ConsentRevoked] = new Dictionary<string, object>
            {
                ["subject"] = new Dictionary<string, object> { ["format"] = "iss_sub", ["iss"] = harness.FakeHub.Issuer, ["sub"] = "pairwise-xyz" },
            },
        };

        using var response = await SecurityEventTokens.PostAsync(harness, Sign(harness, subject: null, events: events));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("pairwise-xyz", Assert.Single((await ListAsync(harness)).EnumerateArray()).GetProperty("sub").GetString());
    }

    [Fact]
    public async Task Post_SignedByAnotherKeyWithTheHubsKid_InvalidKey()
    {
        await using var harness = await RpHarness.StartAsync();
        var forger = TestKeys.NewEcKey(harness.FakeHub.SigningKey.KeyId);
        var token = SecurityEventTokens.Create(forger, harness.FakeHub.Issuer, harness.Time.GetUtcNow());

        await AssertRejectedAsync(harness, token, "invalid_key");
    }

    [Fact]
    public async Task Post_SignedByUnknownKid_InvalidKey()
    {
        await using var harness = await RpHarness.StartAsync();
        var token = SecurityEventTokens.Create(TestKeys.NewEcKey("someone-else"), harness.FakeHub.Issuer, harness.Time.GetUtcNow());

        await AssertRejectedAsync(harness, token, "invalid_key");
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

        await AssertRejectedAsync(harness, token, "invalid_key");
    }

    [Fact]
    public async Task Post_WrongAudience_InvalidAudience()
    {
        await using var harness = await RpHarness.StartAsync();

        await AssertRejectedAsync(harness, Sign(harness, audience: "maebashi-library"), "invalid_audience");
    }

    [Fact]
    public async Task Post_WrongIssuer_InvalidIssuer()
    {
        await using var harness = await RpHarness.StartAsync();
        var token = SecurityEventTokens.Create(harness.FakeHub.SigningKey, "https://other-hub.example/", harness.Time.GetUtcNow());

        await AssertRejectedAsync(harness, token, "invalid_issuer");
    }

    [Fact]
    public async Task Post_ReplayedJti_SecondIsInvalidRequest()
    {
        await using var harness = await RpHarness.StartAsync();
        var token = Sign(harness, jti: "set-replayed");
        using (var first = await SecurityEventTokens.PostAsync(harness, token))
        {
            Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        }

        var error = await AssertRejectedAsync(harness, token, "invalid_request");

        Assert.Contains("jti", error.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Single((await ListAsync(harness)).EnumerateArray());
    }

    [Fact]
    public async Task Post_SameJtiInAFreshlySignedSet_IsStillAReplay()
    {
        await using var harness = await RpHarness.StartAsync();
        using (var first = await SecurityEventTokens.PostAsync(harness, Sign(harness, jti: "set-42")))
        {
            Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        }
        harness.Time.Advance(TimeSpan.FromSeconds(10));

        await AssertRejectedAsync(harness, Sign(harness, jti: "set-42"), "invalid_request");
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/jwt")]
    [InlineData("text/plain")]
    public async Task Post_WrongContentType_InvalidRequest(string contentType)
    {
        await using var harness = await RpHarness.StartAsync();

        var error = await AssertRejectedAsync(harness, Sign(harness), "invalid_request", contentType);

        Assert.Contains("Content-Type", error.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Empty((await ListAsync(harness)).EnumerateArray());
    }

    [Fact]
    public async Task Post_ContentTypeWithCharset_IsAccepted()
    {
        await using var harness = await RpHarness.StartAsync();

        using var response = await SecurityEventTokens.PostAsync(harness, Sign(harness), "application/secevent+jwt; charset=utf-8");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Theory]
    [InlineData(-6 * 60)]
    [InlineData(2 * 60)]
    public async Task Post_IatNotRecent_InvalidRequest(int offsetSeconds)
    {
        await using var harness = await RpHarness.StartAsync();
        var token = SecurityEventTokens.Create(harness.FakeHub.SigningKey, harness.FakeHub.Issuer, harness.Time.GetUtcNow().AddSeconds(offsetSeconds));

        var error = await AssertRejectedAsync(harness, token, "invalid_request");

        Assert.Contains("iat", error.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_IatOlderThanTheWindowAfterTimePasses_InvalidRequest()
    {
        await using var harness = await RpHarness.StartAsync();
        var token = Sign(harness);
        harness.Time.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));

        await AssertRejectedAsync(harness, token, "invalid_request");
    }

    [Fact]
    public async Task Post_NoEvents_InvalidRequest()
    {
        await using var harness = await RpHarness.StartAsync();

        var error = await AssertRejectedAsync(harness, Sign(harness, withoutEvents: true), "invalid_request");

        Assert.Contains("events", error.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_EmptyEvents_InvalidRequest()
    {
        await using var harness = await RpHarness.StartAsync();

        await AssertRejectedAsync(harness, Sign(harness, events: new Dictionary<string, object>()), "invalid_request");
    }

    [Fact]
    public async Task Post_IdTokenTyped_InvalidRequest()
    {
        await using var harness = await RpHarness.StartAsync();

        await AssertRejectedAsync(harness, Sign(harness, type: "JWT"), "invalid_request");
    }

    [Fact]
    public async Task Post_NotAJwt_InvalidRequest()
    {
        await using var harness = await RpHarness.StartAsync();

        await AssertRejectedAsync(harness, "not-a-jwt", "invalid_request");
    }

    [Fact]
    public async Task Post_WithPinnedHubJwks_OnlyThePinnedKeyIsAccepted()
    {
        var pinned = TestKeys.NewEcKey("pinned-hub-key");
        await using var harness = await RpHarness.StartAsync(o => o.HubJwks = TestKeys.PublicJwks(pinned));

        await AssertRejectedAsync(harness, Sign(harness), "invalid_key");
        using var response = await SecurityEventTokens.PostAsync(harness, SecurityEventTokens.Create(pinned, harness.FakeHub.Issuer, harness.Time.GetUtcNow()));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task Post_AfterHubRotatedItsKey_IsAcceptedOnceTheNewJwksIsRead()
    {
        await using var harness = await RpHarness.StartAsync();
        using (var before = await SecurityEventTokens.PostAsync(harness, Sign(harness)))
        {
            Assert.Equal(HttpStatusCode.Accepted, before.StatusCode);
        }
        harness.FakeHub.SigningKey = TestKeys.NewEcKey("fake-hub-2027");
        var token = Sign(harness);

        // The RP refreshes the hub's JWKS on an unknown kid; the hub retries a refused delivery (RFC 8935 §2.3).
        var status = HttpStatusCode.BadRequest;
        for (var attempt = 0; attempt < 50 && status != HttpStatusCode.Accepted; attempt++)
        {
            using var response = await SecurityEventTokens.PostAsync(harness, token);
            status = response.StatusCode;
            if (status != HttpStatusCode.Accepted)
            {
                await Task.Delay(100);
            }
        }

        Assert.Equal(HttpStatusCode.Accepted, status);
    }

    [Fact]
    public async Task Post_RevocationForTheSignedInPerson_EndsTheirSession()
    {
        await using var harness = await RpHarness.StartAsync();
        using (var signIn = await harness.SignInAsync())
        {
            Assert.Equal(harness.Url("claims"), signIn.RequestMessage!.RequestUri);
        }
        harness.Time.Advance(TimeSpan.FromSeconds(5));
        using (var post = await SecurityEventTokens.PostAsync(harness, Sign(harness)))
        {
            Assert.Equal(HttpStatusCode.Accepted, post.StatusCode);
        }

        using var claims = await harness.Browser.GetAsync(harness.Url("claims"));
        var html = await claims.Content.ReadAsStringAsync();

        Assert.Equal(harness.Url("?revoked=1"), claims.RequestMessage!.RequestUri);
        Assert.Contains("同意が取り消された", Html.ById(html, "notice"), StringComparison.Ordinal);
        Assert.NotNull(Html.ById(html, "signin"));
    }

    [Fact]
    public async Task Post_RevocationForSomeoneElse_KeepsTheSession()
    {
        await using var harness = await RpHarness.StartAsync();
        using (var signIn = await harness.SignInAsync())
        {
            Assert.Equal(harness.Url("claims"), signIn.RequestMessage!.RequestUri);
        }
        using (var post = await SecurityEventTokens.PostAsync(harness, Sign(harness, subject: "another-person")))
        {
            Assert.Equal(HttpStatusCode.Accepted, post.StatusCode);
        }

        using var claims = await harness.Browser.GetAsync(harness.Url("claims"));

        Assert.Equal(harness.Url("claims"), claims.RequestMessage!.RequestUri);
    }

    private static string Sign(
        RpHarness harness, string audience = "osaka-kosodate", string? jti = null, string? subject = "pairwise-sub-4f2a9c",
        object? events = null, bool withoutEvents = false, string type = "secevent+jwt") =>
        SecurityEventTokens.Create(harness.FakeHub.SigningKey, harness.FakeHub.Issuer, harness.Time.GetUtcNow(), audience, jti, subject, events, withoutEvents, type);

    private static async Task<JsonElement> AssertRejectedAsync(RpHarness harness, string token, string err, string contentType = "application/secevent+jwt")
    {
        using var response = await SecurityEventTokens.PostAsync(harness, token, contentType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"expected 400, got {response.StatusCode}: {body}");
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var error = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal(err, error.GetProperty("err").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("description").GetString()));
        return error;
    }

    private static async Task<JsonElement> ListAsync(RpHarness harness) =>
        JsonDocument.Parse(await harness.Client.GetStringAsync(harness.Url("revocations.json"))).RootElement.Clone();
}
