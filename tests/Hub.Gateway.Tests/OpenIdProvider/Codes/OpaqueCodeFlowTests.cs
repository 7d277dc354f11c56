using System.Net;
using Hub.Gateway.OpenIdProvider.Codes;
using Hub.Gateway.OpenIdProvider.Token;
using Hub.Gateway.Stores;
using Hub.Gateway.Stores.InMemory;
using Hub.Gateway.Tests.OpenIdProvider.Infrastructure;
using Hub.Gateway.Tests.Operations.Logging;
using Hub.TrustList.Common;
using Microsoft.Extensions.Time.Testing;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hub.Gateway.Tests.OpenIdProvider.Codes;

/// <summary>Authorization codes through the endpoints: opaque handles whose principal lives in the code store.</summary>
public sealed class OpaqueCodeFlowTests
{
    private static readonly Dictionary<string, string?> InformationLogs = new() { ["Logging:LogLevel:Default"] = "Information" };

    [Fact]
    public async Task Authorize_Code_IsAnOpaqueHandleWhoseStoredPrincipalIsBoundToClientRedirectUriAndChallenge()
    {
        var time = Time();
        var store = new RecordingCodeStore(new InMemoryAuthorizationCodeStore(time, Microsoft.Extensions.Options.Options.Create(new HubStoreOptions())));
        using var host = new OpenIdProviderHost(time: time, codeStore: store);
        var client = host.CreateOidcClient();

        var code = await client.GetCodeAsync();

        Assert.Matches("^[A-Za-z0-9_-]{43}$", code);
        var stored = Assert.Single(store.Stored);
        Assert.Equal(code, stored.Code);
        Assert.Equal(TimeSpan.FromSeconds(60), stored.TimeToLive);
        Assert.Equal(client.ClientId, stored.Owner.ClientId);
        var redemption = await store.TryRedeemAsync<StoredCodePrincipal>(code);
        var bound = RedeemedCode.From(redemption.Data!);
        Assert.Equal(client.ClientId, bound.ClientId);
        Assert.Equal(TestTrustList.RedirectUri, bound.RedirectUri);
        Assert.Equal(client.Pkce.Challenge, bound.CodeChallenge);
        Assert.Equal(CodeChallengeMethods.Sha256, bound.CodeChallengeMethod);
        Assert.Equal(time.GetUtcNow().AddSeconds(60), bound.ExpiresAt);
    }

    [Fact]
    public async Task Token_CodeRedeemedTwice_FirstIssuesTokensSecondIsInvalidGrantLoggedAsAReplay()
    {
        var logs = new CapturingLoggerProvider();
        using var host = new OpenIdProviderHost(settings: InformationLogs, logs: logs);
        var client = host.CreateOidcClient();
        var code = await client.GetCodeAsync();

        var tokens = await client.RedeemSuccessfullyAsync(code);
        var second = await client.RedeemAsync(code);

        Assert.False(string.IsNullOrEmpty(tokens.GetProperty("id_token").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Equal("invalid_grant", await OidcTestClient.ErrorOf(second));
        var replay = Assert.Single(logs.Records, r => r.EventId.Id == 4102);
        Assert.Equal(client.ClientId, replay.Values["ClientId"]);
        Assert.DoesNotContain(logs.Records, r => r.Message.Contains(code, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Token_UnknownHandle_InvalidGrantLoggedAsUnknown()
    {
        var logs = new CapturingLoggerProvider();
        using var host = new OpenIdProviderHost(settings: InformationLogs, logs: logs);
        var client = host.CreateOidcClient();

        var response = await client.RedeemAsync(CodeHandle.Create(SystemSecureRandom.Instance));

        Assert.Equal("invalid_grant", await OidcTestClient.ErrorOf(response));
        Assert.Contains(logs.Records, r => r.EventId.Id == 4101 && Equals(r.Values["Code"], "op.code.unknown"));
    }

    /// <summary>
    /// The client is authenticated before the code is taken from the store: a request whose client assertion is
    /// refused does not use the code up, so nobody without the RP's key can burn its code.
    /// </summary>
    [Fact]
    public async Task Token_RefusedClientAssertion_InvalidClientAndCodeStillUnused()
    {
        using var host = new OpenIdProviderHost();
        var client = host.CreateOidcClient();
        var code = await client.GetCodeAsync();

        var refused = await client.RedeemAsync(code, new Dictionary<string, string?> { ["client_assertion"] = client.Assertion(audience: "https://elsewhere.example/") });

        Assert.Equal("invalid_client", await OidcTestClient.ErrorOf(refused));
        await client.RedeemSuccessfullyAsync(code);
    }

    /// <summary>The store drops a code at its lifetime; should one still hold it, the principal's own expiry refuses it.</summary>
    [Fact]
    public async Task Token_ExpiredCodeStillInTheStore_InvalidGrant()
    {
        var time = Time();
        var store = new RecordingCodeStore(
            new InMemoryAuthorizationCodeStore(time, Microsoft.Extensions.Options.Options.Create(new HubStoreOptions())), timeToLive: TimeSpan.FromHours(1));
        using var host = new OpenIdProviderHost(time: time, codeStore: store);
        var client = host.CreateOidcClient();
        var code = await client.GetCodeAsync();

        time.Advance(TimeSpan.FromSeconds(61));
        var response = await client.RedeemAsync(code);

        Assert.Equal("invalid_grant", await OidcTestClient.ErrorOf(response));
        Assert.Single(store.Redeemed);
    }

    private static FakeTimeProvider Time() => new(new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero));
}
