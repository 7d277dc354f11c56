using Hub.Gateway.Policy;
using Hub.TrustList.Model;

namespace Hub.Gateway.Tests.Policy;

public sealed class LoaPolicyTests
{
    [Theory]
    [InlineData(LevelOfAssurance.A, LevelOfAssurance.B, true)]
    [InlineData(LevelOfAssurance.B, LevelOfAssurance.B, true)]
    [InlineData(LevelOfAssurance.C, LevelOfAssurance.B, false)]
    [InlineData(LevelOfAssurance.D, LevelOfAssurance.C, false)]
    public void IsMet_EffectiveAgainstRequired_NeverDowngrades(LevelOfAssurance effective, LevelOfAssurance required, bool met)
        => Assert.Equal(met, LoaPolicy.IsMet(PolicyFixtures.Identity(effective), required));
}
