using Hub.Gateway.Policy;
using Hub.Gateway.Stores.Abstractions;

namespace Hub.Gateway.Tests.Policy;

public sealed class ConsentPolicyTests
{
    private static readonly IReadOnlyList<ClaimToShare> Claims =
        ReleasePolicy.ClaimsToShare(PolicyFixtures.Osaka, ["name", "resident_of", "birthdate"], PolicyFixtures.Identity());

    private static ConsentGrant Grant(IReadOnlyList<string> claims, string version = "1")
        => new("person", "osaka-kosodate", claims, claims.ToDictionary(c => c, _ => version), DateTimeOffset.UnixEpoch, "record-1");

    [Fact]
    public void Covers_NoStandingConsent_False() => Assert.False(ConsentPolicy.Covers(null, Claims));

    [Fact]
    public void Covers_SameClaimsAndPurposeVersions_True() => Assert.True(ConsentPolicy.Covers(Grant(["name", "resident_of", "birthdate"]), Claims));

    [Fact]
    public void Covers_AClaimNotGrantedBefore_False() => Assert.False(ConsentPolicy.Covers(Grant(["name", "resident_of"]), Claims));

    [Fact]
    public void Covers_PurposeTextChangedSince_False() => Assert.False(ConsentPolicy.Covers(Grant(["name", "resident_of", "birthdate"], version: "0"), Claims));

    [Fact]
    public void Approved_RequiredKeptOptionalAsSelectedUnknownIgnored()
    {
        var approved = ConsentPolicy.Approved(Claims, ["gender", "not-a-claim"]);

        Assert.Equal(["name", "resident_of"], approved.Select(c => c.Claim));
    }

    [Fact]
    public void PurposeVersions_PerClaim_AsText()
        => Assert.Equal("1", ConsentPolicy.PurposeVersions(Claims)["birthdate"]);
}
