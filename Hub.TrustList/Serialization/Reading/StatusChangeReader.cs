using System.Runtime.CompilerServices;
using System.Text.Json;
using Hub.TrustList.Model;
using static Hub.TrustList.Serialization.Reading.JsonValues;

namespace Hub.TrustList.Serialization.Reading;

/// <summary>A <c>status_history</c>: <c>[{ "status": ..., "since": ..., "reason": ... }]</c>; shared.</summary>
internal static class StatusChangeReader
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static StatusChange[] SharedHistory(ref Utf8JsonReader reader, ReadContext context)
        => context.Shared(ref reader, context.Caches.StatusHistories, static (ref Utf8JsonReader r, ReadContext c) => c.Array(ref r, Shared));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static StatusChange Shared(ref Utf8JsonReader reader, ReadContext context)
        => context.Shared(ref reader, context.Caches.StatusChanges, Read);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static StatusChange Read(ref Utf8JsonReader reader, ReadContext context)
    {
        var start = context.StartObject(ref reader);
        EntryStatus? status = null;
        DateTimeOffset? since = null;
        string? reason = null;
        while (context.NextMember(ref reader, out var name))
        {
            switch (name)
            {
                case "status": status = Enum<EntryStatus>(ref reader); break;
                case "since": since = Instant(ref reader); break;
                case "reason": reason = context.Pooled(ref reader); break;
                default: throw context.UnknownMember(name);
            }
        }
        return new StatusChange(Required(status, start, "status"), Required(since, start, "since"), Required(reason, start, "reason"));
    }
}
