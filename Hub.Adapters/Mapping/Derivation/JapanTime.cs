namespace Hub.Adapters.Mapping.Derivation;

/// <summary>
/// Japan Standard Time. Japan has had no daylight saving time since 1951, so a fixed UTC+9 is exact and needs no
/// time-zone database on the host.
/// </summary>
internal static class JapanTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);
}
