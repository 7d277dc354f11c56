using Hub.Gateway.Policy;
using Hub.Gateway.Tests.EndToEnd.Infrastructure;
using Hub.TrustList.Model;

namespace Hub.Gateway.Tests.Policy;

public sealed class ProviderChoicePolicyTests
{
    [Fact]
    public void Options_LevelA_OnlyMebukuSelectableOthersGreyedWithTheReason()
    {
        var options = ProviderChoicePolicy.Options(PolicyFixtures.Snapshot(), LevelOfAssurance.A);

        Assert.Equal("mebuku", Assert.Single(options, o => o.IsSelectable).ChoiceValue);
        Assert.All(options.Where(o => !o.IsSelectable), o => Assert.Equal(ProviderUnavailability.LevelTooLow, o.Unavailable));
        Assert.True(options[0].IsSelectable, "Selectable entries come first.");
    }

    [Fact]
    public void Options_LevelB_ListsProvidersAndTheSakaiDBrand()
    {
        var options = ProviderChoicePolicy.Options(PolicyFixtures.Snapshot(), LevelOfAssurance.B);

        Assert.Equal(["mebuku", "mydoor-osaka", "sakai-d", "aizu-plus"], options.Select(o => o.ChoiceValue));
        Assert.All(options, o => Assert.True(o.IsSelectable));
        Assert.Equal("mydoor-osaka", options.Single(o => o.BrandId == "sakai-d").ProviderId);
    }

    [Fact]
    public void Options_SuspendedProviderAndBrand_NotListed()
    {
        var snapshot = PolicyFixtures.Snapshot(d => TrustListChanges.SuspendBrand("sakai-d")(TrustListChanges.SuspendProvider("aizu-plus")(d)));

        var options = ProviderChoicePolicy.Options(snapshot, LevelOfAssurance.C);

        Assert.Equal(["mebuku", "mydoor-osaka"], options.Select(o => o.ChoiceValue));
    }
}
