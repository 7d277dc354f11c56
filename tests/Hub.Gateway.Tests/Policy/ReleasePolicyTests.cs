using Hub.Adapters.Identity;
using Hub.Gateway.Policy;

namespace Hub.Gateway.Tests.Policy;

public sealed class ReleasePolicyTests
{
    [Fact]
    public void ClaimsToShare_RequestedAllowedAndDelivered_InTheTrustListsOrderWithPurposes()
    {
        var shares = ReleasePolicy.ClaimsToShare(PolicyFixtures.Osaka, ["birthdate", "name", "resident_of"], PolicyFixtures.Identity());

        Assert.Equal(["name", "resident_of", "birthdate"], shares.Select(s => s.Claim));
        Assert.True(shares[0].Required);
        Assert.False(shares[2].Required);
        Assert.Equal("1990-01-15", shares[2].Value.GetValue<string>());
        Assert.StartsWith("申請者", shares[0].Purpose.Ja, StringComparison.Ordinal);
    }

    [Fact]
    public void ClaimsToShare_ClaimNotAllowedForTheRelyingParty_Dropped()
        => Assert.Empty(ReleasePolicy.ClaimsToShare(PolicyFixtures.Osaka, ["gender", "email"], PolicyFixtures.Identity()));

    [Fact]
    public void ClaimsToShare_ClaimTheProviderDidNotDeliver_Dropped()
    {
        var shares = ReleasePolicy.ClaimsToShare(PolicyFixtures.Osaka, ["name", "address"], PolicyFixtures.Identity(attributes: new CommonAttributes { Name = "会津 一郎" }));

        Assert.Equal("name", Assert.Single(shares).Claim);
    }
}
