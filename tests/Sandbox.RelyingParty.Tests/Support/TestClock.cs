using Microsoft.Extensions.Time.Testing;

namespace Sandbox.RelyingParty.Tests.Support;

/// <summary>
/// A fake clock at the real current second: tokens stay valid for validators that read the real clock (the ID
/// token's lifetime check), and whole seconds compare exactly with second-resolution claims.
/// </summary>
internal static class TestClock
{
    public static FakeTimeProvider Start() => new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
}
