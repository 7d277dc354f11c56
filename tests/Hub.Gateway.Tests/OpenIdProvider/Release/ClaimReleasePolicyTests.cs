using Hub.Adapters.Identity;
using Hub.Gateway.OpenIdProvider.Release;
using Hub.Gateway.Tests.OpenIdProvider.Infrastructure;
using Hub.TrustList.Model;

namespace Hub.Gateway.Tests.OpenIdProvider.Release;

public sealed class ClaimReleasePolicyTests
{
    private static readonly RelyingPartyEntry Rp = TestTrustList.Build(new TestRelyingPartyKeys().PublicKeys).FindRelyingParty(TestTrustList.OsakaService)!;
    private static readonly InternalIdentity Person = TestIdentities.MaebashiResident(DateTimeOffset.UnixEpoch);

    private static HashSet<string> Set(params string[] claims) => new(claims, StringComparer.Ordinal);

    [Fact]
    public void Release_AllowedRequestedAndConsented_Released()
    {
        var released = ClaimReleasePolicy.Release(Rp, Set("name", "age_over_18"), Set("name", "age_over_18"), Person);

        Assert.Equal(["age_over_18", "name"], released.Names);
    }

    [Fact]
    public void Release_NotAllowedByTrustList_NotReleased()
        => Assert.Empty(ClaimReleasePolicy.Release(Rp, Set("age_over_65"), Set("age_over_65"), Person).Names);

    [Fact]
    public void Release_NotRequested_NotReleased()
        => Assert.Empty(ClaimReleasePolicy.Release(Rp, Set(), Set("name"), Person).Names);

    [Fact]
    public void Release_NotConsented_NotReleased()
        => Assert.Equal(["name"], ClaimReleasePolicy.Release(Rp, Set("name", "birthdate"), Set("name"), Person).Names);

    [Fact]
    public void Release_NoValueFromProvider_NotReleased()
    {
        var withoutEmail = Person with { Attributes = Person.Attributes with { Email = null } };

        Assert.Empty(ClaimReleasePolicy.Release(Rp, Set("email"), Set("email"), withoutEmail).Names);
    }

    [Fact]
    public void Releasable_IsAllowedIntersectRequested()
        => Assert.Equal(["name"], ClaimReleasePolicy.Releasable(Rp, Set("name", "age_over_65", "not_a_claim")).Order());

    [Fact]
    public void Release_JsonRoundTrip_KeepsTypes()
    {
        var released = ClaimReleasePolicy.Release(Rp, Set("address", "age_over_18", "resident_of"), Set("address", "age_over_18", "resident_of"), Person);

        var claims = ReleasedClaims.FromJson(released.ToJson()).ToTokenClaims();

        Assert.Equal(true, claims["age_over_18"]);
        Assert.Equal(["102016"], Assert.IsType<List<object>>(claims["resident_of"]));
        Assert.Equal("前橋市", Assert.IsType<Dictionary<string, object>>(claims["address"])["locality"]);
    }

    [Fact]
    public void FromJson_UnknownClaimNames_Dropped()
        => Assert.Empty(ReleasedClaims.FromJson("""{"sub":"forged","hub_rel":"x"}""").Names);
}
