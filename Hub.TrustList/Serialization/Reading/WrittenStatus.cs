using Hub.TrustList.Model;

namespace Hub.TrustList.Serialization.Reading;

/// <summary>
/// The <c>status</c> member of a provider, brand or RP as written. The model derives the status from the history;
/// the written one is only compared with it (<see cref="ReadContext.CheckStatus"/>).
/// </summary>
internal readonly record struct WrittenStatus(bool Present, EntryStatus? Known, string? Other)
{
    public string Text => Known is { } known ? EnumNames<EntryStatus>.NameOf(known) : Other!;
}
