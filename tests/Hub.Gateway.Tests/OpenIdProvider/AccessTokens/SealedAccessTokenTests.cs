using System.Text;
using Hub.Gateway.OpenIdProvider.AccessTokens;
using Hub.Gateway.OpenIdProvider.Keys;
using Hub.Gateway.Stores.InMemory;
using Hub.Gateway.Tests.OpenIdProvider.Infrastructure;
using Hub.TrustList.Common;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Gateway.Tests.OpenIdProvider.AccessTokens;

public sealed class SealedAccessTokenTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly AccessTokenContent Content = new(
        "pairwise-sub", "osaka-kosodate", "openid profile", Now, Now.AddMinutes(10), """{"name":"前橋 太郎"}""");

    private readonly FakeTimeProvider _time = new(Now);
    private readonly SharedHubKeyStore _store = new(new InMemoryHubKeyStore(), new EphemeralDataProtectionProvider());

    [Fact]
    public async Task Open_SealedByTheRing_ReturnsTheContent()
    {
        var keys = await Ring().GetAsync(CancellationToken.None);

        var token = Seal(keys);

        Assert.StartsWith("hat1." + keys.CurrentKeyId(HubKeyAlgorithms.A256Kw) + ".", token);
        Assert.Equal(Content, SealedAccessToken.Open(token, keys));
    }

    [Fact]
    public async Task Seal_SameContentTwice_DifferentTokensAndNoClaimInTheClear()
    {
        var keys = await Ring().GetAsync(CancellationToken.None);

        var first = Seal(keys);
        var second = Seal(keys);

        Assert.NotEqual(first, second);
        var body = Base64Url.Decode(first.Split('.')[2]);
        Assert.DoesNotContain("pairwise-sub", Encoding.UTF8.GetString(body), StringComparison.Ordinal);
        Assert.DoesNotContain("osaka-kosodate", first, StringComparison.Ordinal);
    }

    /// <summary>Every byte is covered: the salt (the token's key), the ciphertext and the tag.</summary>
    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    [InlineData(-1)]
    public async Task Open_OneByteChanged_Null(int index)
    {
        var keys = await Ring().GetAsync(CancellationToken.None);
        var parts = Seal(keys).Split('.');
        var body = Base64Url.Decode(parts[2]);
        body[index < 0 ? body.Length + index : index] ^= 0x01;

        Assert.Null(SealedAccessToken.Open($"{parts[0]}.{parts[1]}.{Base64Url.Encode(body)}", keys));
    }

    /// <summary>The kid is associated data: another key of the ring, or an unknown one, opens nothing.</summary>
    [Fact]
    public async Task Open_KidReplaced_Null()
    {
        var keys = await Ring().GetAsync(CancellationToken.None);
        var parts = Seal(keys).Split('.');
        var next = (await _store.GetAllAsync(CancellationToken.None))
            .Single(r => r.Algorithm == HubKeyAlgorithms.A256Kw && r.KeyId != parts[1]).KeyId;

        Assert.Null(SealedAccessToken.Open($"{parts[0]}.{next}.{parts[2]}", keys));
        Assert.Null(SealedAccessToken.Open($"{parts[0]}.a256kw-1-unknown.{parts[2]}", keys));
    }

    [Theory]
    [InlineData("")]
    [InlineData("hat1.")]
    [InlineData("hat1.kid")]
    [InlineData("hat2.kid.AAAA")]
    [InlineData("eyJhbGciOiJBMjU2S1ciLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0.a.b.c.d")]
    public async Task Open_NotASealedToken_Null(string token)
    {
        var keys = await Ring().GetAsync(CancellationToken.None);

        Assert.Null(SealedAccessToken.Open(token, keys));
    }

    [Fact]
    public async Task Open_Truncated_Null()
    {
        var keys = await Ring().GetAsync(CancellationToken.None);
        var token = Seal(keys);

        Assert.Null(SealedAccessToken.Open(token[..^4], keys));
        Assert.Null(SealedAccessToken.Open(token[..(token.LastIndexOf('.') + 40)], keys));
    }

    [Fact]
    public async Task Open_KeyLeftTheRing_Null()
    {
        var ring = Ring();
        var token = Seal(await ring.GetAsync(CancellationToken.None));

        _time.Advance(TimeSpan.FromMinutes(91));
        var later = await ring.GetAsync(CancellationToken.None);

        Assert.Null(SealedAccessToken.Open(token, later));
    }

    [Fact]
    public async Task Open_AfterRotationWithinGrace_StillOpens()
    {
        var ring = Ring();
        var token = Seal(await ring.GetAsync(CancellationToken.None));

        _time.Advance(TimeSpan.FromMinutes(70));
        var later = await ring.GetAsync(CancellationToken.None);

        Assert.NotEqual(token.Split('.')[1], later.CurrentKeyId(HubKeyAlgorithms.A256Kw));
        Assert.Equal(Content, SealedAccessToken.Open(token, later));
    }

    private static string Seal(HubKeySet keys) => SealedAccessToken.Seal(Content, keys.CurrentSealingKey, SystemSecureRandom.Instance);

    private HubKeyRing Ring() => TestHubKeyRings.Hourly(_store, _time);
}
