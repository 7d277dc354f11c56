using Hub.Gateway.OpenIdProvider.Release;

namespace Hub.Gateway.Tests.OpenIdProvider.Release;

public sealed class ScopeClaimMapTests
{
    [Fact]
    public void ClaimsFor_Profile_IncludesNamesAndKana()
        => Assert.Superset(new HashSet<string> { "name", "family_name", "given_name", "name_kana" }, ScopeClaimMap.ClaimsFor(["profile"]).ToHashSet());

    [Fact]
    public void ClaimsFor_MinimisingScope_RequestsOnlyItsClaim()
        => Assert.Equal(["age_over_18"], ScopeClaimMap.ClaimsFor(["openid", "age_over_18"]));

    [Fact]
    public void ClaimsFor_UnknownScope_RequestsNothing()
        => Assert.Empty(ScopeClaimMap.ClaimsFor(["openid", "unknown"]));

    [Fact]
    public void Map_EveryClaim_IsACommonClaim()
        => Assert.All(ScopeClaimMap.Map.Values.SelectMany(c => c), claim => Assert.Contains(claim, CommonClaimNames.All));
}
