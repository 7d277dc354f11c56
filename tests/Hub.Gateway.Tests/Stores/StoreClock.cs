using Microsoft.Extensions.Time.Testing;

namespace Hub.Gateway.Tests.Stores;

internal static class StoreClock
{
    public static readonly DateTimeOffset Start = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider Fake() => new(Start);
}
