using System.Net;
using Hub.Adapters.Abstractions;
using Hub.Gateway.Stores;
using Hub.Gateway.Stores.InMemory;
using Hub.Gateway.Tests.OpenIdProvider.Infrastructure;
using Hub.TrustList.Loading;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Gateway.Tests.OpenIdProvider.Endpoints;

/// <summary>Two hosts sharing the replay cache, key store and code store, as two instances share Redis.</summary>
public sealed class TwoInstanceTests
{
    [Fact]
    public async Task Token_SameCodeRedeemedOnTwoInstancesAtOnce_ExactlyOneSucceeds()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero));
        var replay = new InMemoryReplayCache(time);
        var keys = new InMemoryHubKeyStore();
        var codes = new InMemoryAuthorizationCodeStore(time, Microsoft.Extensions.Options.Options.Create(new HubStoreOptions()));
        using var first = new OpenIdProviderHost(time: time, replayCache: replay, keyStore: keys, codeStore: codes);
        using var second = new OpenIdProviderHost(new FixedTrustListSource(first.TrustList.Current!), time, replay, keys, codeStore: codes);
        var client = first.CreateOidcClient();
        var code = await client.GetCodeAsync();
        // The same RP (same key, same PKCE verifier) talking to the second instance.
        var onSecond = new OidcTestClient(second.CreateOidcClient().Http, first, TestTrustList.OsakaService);

        var responses = await Task.WhenAll(
            client.RedeemAsync(code),
            onSecond.RedeemAsync(code, new Dictionary<string, string?> { ["code_verifier"] = client.Pkce.Verifier }));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        var refused = Assert.Single(responses, r => r.StatusCode != HttpStatusCode.OK);
        Assert.Equal("invalid_grant", await OidcTestClient.ErrorOf(refused));
    }
}
