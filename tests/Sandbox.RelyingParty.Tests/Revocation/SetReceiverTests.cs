using System.Net;
using Sandbox.RelyingParty.Tests.Support;

namespace Sandbox.RelyingParty.Tests.Revocation;

/// <summary>POST /consent-revoked through real HTTP: RFC 8935 push delivery of the hub's consent revocations.</summary>
public sealed class SetReceiverTests
{
    [Fact]
    public async Task Post_ValidSet_Returns202AndListsIt()
    {
        await using var harness = await RpHarness.StartAsync();
        var token = SecurityEventTokens.Sign(harness, jti: "set-001");

        using var response = await SecurityEventTokens.PostAsync(harness, token);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var listed = Assert.Single((await SecurityEventTokens.ListAsync(harness)).EnumerateArray());
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

        using var response = await SecurityEventTokens.PostAsync(harness, SecurityEventTokens.Sign(harness, subject: null, events: events));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("pairwise-xyz", Assert.Single((await SecurityEventTokens.ListAsync(harness)).EnumerateArray()).GetProperty("sub").GetString());
    }

    [Fact]
    public async Task Post_ContentTypeWithCharset_IsAccepted()
    {
        await using var harness = await RpHarness.StartAsync();

        using var response = await SecurityEventTokens.PostAsync(harness, SecurityEventTokens.Sign(harness), "application/secevent+jwt; charset=utf-8");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task Post_WithPinnedHubJwks_OnlyThePinnedKeyIsAccepted()
    {
        var pinned = TestKeys.NewEcKey("pinned-hub-key");
        await using var harness = await RpHarness.StartAsync(o => o.HubJwks = TestKeys.PublicJwks(pinned));

        await SecurityEventTokens.AssertRejectedAsync(harness, SecurityEventTokens.Sign(harness), "invalid_key");
        using var response = await SecurityEventTokens.PostAsync(harness, SecurityEventTokens.Create(pinned, harness.FakeHub.Issuer, harness.Time.GetUtcNow()));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task Post_AfterHubRotatedItsKey_IsAcceptedOnceTheNewJwksIsRead()
    {
        await using var harness = await RpHarness.StartAsync();
        using (var before = await SecurityEventTokens.PostAsync(harness, SecurityEventTokens.Sign(harness)))
        {
            Assert.Equal(HttpStatusCode.Accepted, before.StatusCode);
        }
        harness.FakeHub.SigningKey = TestKeys.NewEcKey("fake-hub-2027");
        var token = SecurityEventTokens.Sign(harness);

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
        using (var post = await SecurityEventTokens.PostAsync(harness, SecurityEventTokens.Sign(harness)))
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
        using (var post = await SecurityEventTokens.PostAsync(harness, SecurityEventTokens.Sign(harness, subject: "another-person")))
        {
            Assert.Equal(HttpStatusCode.Accepted, post.StatusCode);
        }

        using var claims = await harness.Browser.GetAsync(harness.Url("claims"));

        Assert.Equal(harness.Url("claims"), claims.RequestMessage!.RequestUri);
    }
}
