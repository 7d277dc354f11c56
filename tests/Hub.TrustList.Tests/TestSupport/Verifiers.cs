using Hub.TrustList.Signing;
using Hub.TrustList.Verification;
using Microsoft.Extensions.Time.Testing;

namespace Hub.TrustList.Tests.TestSupport;

internal static class Verifiers
{
    /// <summary>A day after the test lists' issued_at: well inside their validity.</summary>
    public static FakeTimeProvider Clock() => new(TestTrustLists.IssuedAt.AddDays(1));

    public static TrustListVerifier Pinning(params TrustAnchor[] anchors) => Pinning(Clock(), anchors);

    public static TrustListVerifier Pinning(TimeProvider time, params TrustAnchor[] anchors)
        => new(new TrustListVerifierOptions { Anchors = anchors.Length == 0 ? [TestKeys.Coordinator.PublicAnchor] : anchors }, time);
}
