using Hub.Gateway.Stores.Abstractions;

namespace Hub.Gateway.Tests.Stores.Abstractions;

public sealed class HubKeySetTests
{
    private static readonly DateTimeOffset T0 = StoreClock.Start;
    private static readonly HubSigningKey Old = new("old", "ES256", "x", T0.AddDays(-30), T0.AddDays(-30), T0.AddDays(1));
    private static readonly HubSigningKey Current = new("current", "ES256", "x", T0.AddDays(-2), T0.AddDays(-1), null);
    private static readonly HubSigningKey Next = new("next", "ES256", "x", T0, T0.AddDays(7), null);
    private static readonly HubSigningKey Rsa = new("rsa", "RS256", "x", T0.AddDays(-2), T0.AddDays(-2), null);
    private readonly HubKeySet _keys = new([Old, Current, Next, Rsa]);

    [Fact]
    public void StateAt_BeforeActivationBetweenAndAfterRetirement_GivesNextCurrentRetired()
    {
        Assert.Equal(HubKeyState.Next, Next.StateAt(T0));
        Assert.Equal(HubKeyState.Current, Next.StateAt(T0.AddDays(7)));
        Assert.Equal(HubKeyState.Current, Old.StateAt(T0));
        Assert.Equal(HubKeyState.Retired, Old.StateAt(T0.AddDays(1)));
    }

    [Fact]
    public void SigningKeyAt_SeveralCurrentKeys_PicksTheMostRecentlyActivatedOfTheAlgorithm()
    {
        Assert.Equal("current", _keys.SigningKeyAt(T0, "ES256")!.KeyId);
        Assert.Equal("rsa", _keys.SigningKeyAt(T0, "RS256")!.KeyId);
        Assert.Equal("next", _keys.SigningKeyAt(T0.AddDays(7), "ES256")!.KeyId);
        Assert.Null(_keys.SigningKeyAt(T0, "PS256"));
    }

    [Fact]
    public void PublishedAt_NextKeyNotYetActive_IsPublishedAndRetiredKeyIsNot()
    {
        Assert.Equal(["old", "current", "next", "rsa"], _keys.PublishedAt(T0).Select(k => k.KeyId));
        Assert.Equal(["current", "next", "rsa"], _keys.PublishedAt(T0.AddDays(2)).Select(k => k.KeyId));
    }
}
