using Hub.TrustList.Model;

namespace Hub.TrustList.Serialization.Reading;

/// <summary>
/// The caches of values that a large list repeats (<see cref="RawCache{T}"/>): texts such as operators, region
/// names and purposes; regions; status changes; claims; and whole short lists of them. Model records are
/// immutable, so sharing one instance between entries is safe.
/// </summary>
internal sealed class SharedValues
{
    private const int Slots = 4096;
    private const int MaxBytes = 512;

    public RawCache<LocalizedText> Texts { get; } = new(Slots, MaxBytes);

    public RawCache<Region> Regions { get; } = new(Slots, MaxBytes);

    public RawCache<Region[]> RegionLists { get; } = new(Slots, MaxBytes);

    public RawCache<StatusChange> StatusChanges { get; } = new(Slots, MaxBytes);

    public RawCache<StatusChange[]> StatusHistories { get; } = new(Slots, MaxBytes);

    public RawCache<ClaimPermission> Claims { get; } = new(Slots, MaxBytes);

    public RawCache<ClaimPermission[]> ClaimLists { get; } = new(Slots, MaxBytes);

    public RawCache<string[]> StringLists { get; } = new(Slots, MaxBytes);
}
