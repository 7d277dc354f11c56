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
    public void Options_SuspendedProviderAndBrand_GreyedAsSuspendedAfterTheOffered()
    {
        var snapshot = PolicyFixtures.Snapshot(d => TrustListChanges.SuspendBrand("sakai-d")(TrustListChanges.SuspendProvider("aizu-plus")(d)));

        var options = ProviderChoicePolicy.Options(snapshot, LevelOfAssurance.C);

        Assert.Equal(["mebuku", "mydoor-osaka", "sakai-d", "aizu-plus"], options.Select(o => o.ChoiceValue));
        Assert.Equal([null, null, ProviderUnavailability.Suspended, ProviderUnavailability.Suspended], options.Select(o => o.Unavailable));
    }

    [Fact]
    public void Options_SuspendedProvider_SuspendsItsBrand()
    {
        var snapshot = PolicyFixtures.Snapshot(TrustListChanges.SuspendProvider("mydoor-osaka"));

        var options = ProviderChoicePolicy.Options(snapshot, LevelOfAssurance.C);

        Assert.Equal(ProviderUnavailability.Suspended, options.Single(o => o.ChoiceValue == "sakai-d").Unavailable);
    }
}
