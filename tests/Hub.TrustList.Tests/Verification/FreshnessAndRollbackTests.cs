using Hub.TrustList.Tests.TestSupport;
using Hub.TrustList.Verification;
using Microsoft.Extensions.Time.Testing;
using static Hub.TrustList.Verification.TrustListErrorCodes;

namespace Hub.TrustList.Tests.Verification;

public class FreshnessAndRollbackTests
{
    private static readonly byte[] List = SignedLists.Sign(TestTrustLists.Minimal(sequence: 100));

    [Fact]
    public void Verify_AfterNextUpdate_Expired()
    {
        var clock = Verifiers.Clock();
        var verifier = Verifiers.Pinning(clock);
        Assert.True(verifier.Verify(List).IsSuccess);

        clock.SetUtcNow(TestTrustLists.NextUpdate);

        Assert.Equal(Expired, verifier.Verify(List).Error?.Code);
    }

    [Fact]
    public void Verify_AtInstantBeforeNextUpdate_Accepted()
    {
        var clock = new FakeTimeProvider(TestTrustLists.NextUpdate.AddDays(10));

        var result = Verifiers.Pinning(clock).Verify(List, at: TestTrustLists.NextUpdate.AddSeconds(-1));

        Assert.True(result.IsSuccess, result.Error?.ToString());
    }

    [Fact]
    public void Verify_AtInstantAfterNextUpdate_Expired()
        => Assert.Equal(Expired, Verifiers.Pinning().Verify(List, at: TestTrustLists.NextUpdate.AddSeconds(1)).Error?.Code);

    [Fact]
    public void Verify_ValidityWindowOverMaximum_ValidityTooLong()
    {
        var list = SignedLists.Sign(TestTrustLists.Minimal() with { NextUpdate = TestTrustLists.IssuedAt.AddDays(36) });

        Assert.Equal(ValidityTooLong, Verifiers.Pinning().Verify(list).Error?.Code);
    }

    [Fact]
    public void Verify_ValidityWindowOverConfiguredMaximum_ValidityTooLong()
    {
        var verifier = new TrustListVerifier(
            new TrustListVerifierOptions { Anchors = [TestKeys.Coordinator.PublicAnchor], MaxValidity = TimeSpan.FromDays(7) },
            Verifiers.Clock());

        Assert.Equal(ValidityTooLong, verifier.Verify(List).Error?.Code);
    }

    [Fact]
    public void Verify_IssuedBeyondClockSkew_IssuedInFuture()
    {
        var clock = new FakeTimeProvider(TestTrustLists.IssuedAt.AddMinutes(-6));

        Assert.Equal(IssuedInFuture, Verifiers.Pinning(clock).Verify(List).Error?.Code);
    }

    [Fact]
    public void Verify_IssuedWithinClockSkew_Accepted()
    {
        var clock = new FakeTimeProvider(TestTrustLists.IssuedAt.AddMinutes(-4));

        Assert.True(Verifiers.Pinning(clock).Verify(List).IsSuccess);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(101)]
    public void Verify_SequenceNotAboveLastAccepted_Rollback(long lastAccepted)
        => Assert.Equal(Rollback, Verifiers.Pinning().Verify(List, lastAccepted).Error?.Code);

    [Fact]
    public void Verify_SequenceAboveLastAccepted_Accepted()
        => Assert.True(Verifiers.Pinning().Verify(List, lastAcceptedSequence: 99).IsSuccess);
}
