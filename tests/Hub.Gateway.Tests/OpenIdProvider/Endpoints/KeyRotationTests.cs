using Hub.Gateway.Tests.OpenIdProvider.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Hub.Gateway.Tests.OpenIdProvider.Endpoints;

public sealed class KeyRotationTests
{
    private static readonly Dictionary<string, string?> FastRotation = new()
    {
        ["Hub:OpenIdProvider:Keys:RotationPeriod"] = "01:00:00",
        ["Hub:OpenIdProvider:Keys:PublishLead"] = "00:05:00",
        ["Hub:OpenIdProvider:Keys:RetirementGrace"] = "00:30:00",
    };

    [Fact]
    public async Task Rotation_NextKey_IsPublishedBeforeItSignsAndThePreviousStaysForVerification()
    {
        using var host = new OpenIdProviderHost(settings: FastRotation);
        var client = host.CreateOidcClient();

        var publishedAtStart = await KeyIdsAsync(client);
        var firstKid = await IdTokenKeyIdAsync(client);
        Assert.Contains(firstKid, publishedAtStart);
        Assert.Equal(4, publishedAtStart.Count);

        host.Time.Advance(TimeSpan.FromHours(1));
        var secondKid = await IdTokenKeyIdAsync(client);
        var publishedAfter = await KeyIdsAsync(client);

        Assert.NotEqual(firstKid, secondKid);
        Assert.Contains(secondKid, publishedAtStart);
        Assert.Contains(firstKid, publishedAfter);

        host.Time.Advance(TimeSpan.FromMinutes(31));
        var publishedLater = await KeyIdsAsync(client);
        Assert.DoesNotContain(firstKid, publishedLater);
        Assert.Contains(secondKid, publishedLater);
    }

    [Fact]
    public async Task Rotation_KeyNotYetSeasoned_PreviousKeyKeepsSigning()
    {
        using var host = new OpenIdProviderHost(settings: FastRotation);
        var client = host.CreateOidcClient();
        var firstKid = await IdTokenKeyIdAsync(client);

        // Idle through a whole generation: the key of the next-but-one generation is created only now and must
        // not sign before it has been published for the lead.
        host.Time.Advance(TimeSpan.FromHours(2));
        var published = await KeyIdsAsync(client);
        var kidRightAfterIdle = await IdTokenKeyIdAsync(client);
        host.Time.Advance(TimeSpan.FromMinutes(6));
        var kidAfterLead = await IdTokenKeyIdAsync(client);

        Assert.NotEqual(firstKid, kidAfterLead);
        Assert.Contains(kidAfterLead, published);
        Assert.NotEqual(kidRightAfterIdle, kidAfterLead);
    }

    private static async Task<HashSet<string>> KeyIdsAsync(OidcTestClient client)
        => [.. (await client.GetJwksAsync()).Keys.Select(k => k.Kid)];

    private static async Task<string> IdTokenKeyIdAsync(OidcTestClient client)
    {
        var tokens = await client.RedeemSuccessfullyAsync(await client.GetCodeAsync());
        var idToken = tokens.GetProperty("id_token").GetString()!;
        await client.ValidateIdTokenAsync(idToken);
        return new JsonWebToken(idToken).Kid;
    }
}
