using Hub.Gateway.Policy;
using Hub.Gateway.Stores.Abstractions;

namespace Hub.Gateway.Tests.Policy;

public sealed class ConsentPolicyTests
{
    private static readonly IReadOnlyList<ClaimToShare> Claims =
        ReleasePolicy.ClaimsToShare(PolicyFixtures.Osaka, ["name", "resident_of", "birthdate"], PolicyFixtures.Identity());

    private static ConsentGrant Grant(IReadOnlyList<string> claims, string version = "1", IReadOnlyList<string>? declined = null)
        => new("pairwise-sub", "osaka-kosodate", claims, claims.Concat(declined ?? []).ToDictionary(c => c, _ => version), DateTimeOffset.UnixEpoch, "record-1")
        {
            Declined = declined ?? [],
        };

    [Fact]
    public void Covers_NoStandingConsent_False() => Assert.False(ConsentPolicy.Covers(null, Claims));

    [Fact]
    public void Covers_SameClaimsAndPurposeVersions_True() => Assert.True(ConsentPolicy.Covers(Grant(["name", "resident_of", "birthdate"]), Claims));

    [Fact]
    public void Covers_AClaimNotGrantedBefore_False() => Assert.False(ConsentPolicy.Covers(Grant(["name", "resident_of"]), Claims));

    [Fact]
    public void Covers_PurposeTextChangedSince_False() => Assert.False(ConsentPolicy.Covers(Grant(["name", "resident_of", "birthdate"], version: "0"), Claims));

    [Fact]
    public void Covers_OptionalClaimDeclinedBefore_TrueAndNotReleased()
    {
        var grant = Grant(["name", "resident_of"], declined: ["birthdate"]);

        Assert.True(ConsentPolicy.Covers(grant, Claims));
        Assert.Equal(["name", "resident_of"], ConsentPolicy.Released(grant, Claims).Select(c => c.Claim));
    }

    [Fact]
    public void Covers_DeclinedClaimNowRequired_False()
    {
        var grant = Grant(["name"], declined: ["resident_of", "birthdate"]);

        Assert.True(Claims.Single(c => c.Claim == "resident_of").Required);
        Assert.False(ConsentPolicy.Covers(grant, Claims));
    }

    [Fact]
    public void Covers_DeclinedClaimWithANewPurposeText_False()
    {
        var grant = Grant(["name", "resident_of"], declined: ["birthdate"]) with
        {
            PurposeVersions = new Dictionary<string, string> { ["name"] = "1", ["resident_of"] = "1", ["birthdate"] = "0" },
        };

        Assert.False(ConsentPolicy.Covers(grant, Claims));
    }

    [Fact]
    public void Declined_OptionalUnchecked_AreTheClaimsNotApproved()
    {
        var approved = ConsentPolicy.Approved(Claims, []);

        Assert.Equal(["birthdate"], ConsentPolicy.Declined(Claims, approved).Select(c => c.Claim));
    }

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
