using Hub.TrustList.Tests.TestSupport;
using Hub.TrustList.Verification;

namespace Hub.TrustList.Tests.Verification;

/// <summary>During a rollover the consumer pins the old and the new coordinator key.</summary>
public class KeyRolloverTests
{
    private static TrustListVerifier BothAnchors()
        => Verifiers.Pinning(TestKeys.Coordinator.PublicAnchor, TestKeys.NextCoordinator.PublicAnchor);

    [Fact]
    public void Verify_SignedWithOldKey_Accepted()
        => Assert.True(BothAnchors().Verify(SignedLists.Sign(TestTrustLists.Minimal(), TestKeys.Coordinator)).IsSuccess);

    [Fact]
    public void Verify_SignedWithNewKey_Accepted()
        => Assert.True(BothAnchors().Verify(SignedLists.Sign(TestTrustLists.Minimal(), TestKeys.NextCoordinator)).IsSuccess);

    [Fact]
    public void Verify_SignedWithThirdKey_UnknownKey()
        => Assert.Equal(TrustListErrorCodes.UnknownKey, BothAnchors().Verify(SignedLists.Sign(TestTrustLists.Minimal(), TestKeys.Stranger)).Error?.Code);

    [Fact]
    public void Verify_AfterRolloverOldKeyDropped_OldListUnknownKey()
    {
        var newOnly = Verifiers.Pinning(TestKeys.NextCoordinator.PublicAnchor);

        Assert.Equal(TrustListErrorCodes.UnknownKey, newOnly.Verify(SignedLists.Sign(TestTrustLists.Minimal(), TestKeys.Coordinator)).Error?.Code);
    }

    [Fact]
    public void Constructor_NoAnchor_Throws()
        => Assert.Throws<ArgumentException>(() => new TrustListVerifier(new TrustListVerifierOptions { Anchors = [] }, TimeProvider.System));
}
