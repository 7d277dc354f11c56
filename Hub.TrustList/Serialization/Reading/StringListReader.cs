using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Hub.TrustList.Serialization.Reading;

/// <summary>Lists of strings.</summary>
internal static class StringListReader
{
    /// <summary>A list of names that entries repeat (attributes, algorithms): strings pooled, the list shared.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string[] SharedNames(ref Utf8JsonReader reader, ReadContext context)
        => context.Shared(ref reader, context.Caches.StringLists, static (ref Utf8JsonReader r, ReadContext c) => c.Array(ref r, static (ref Utf8JsonReader r, ReadContext c) => c.Pooled(ref r)));

    /// <summary>A list of values of one entry (certificates): read as they are.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string[] Read(ref Utf8JsonReader reader, ReadContext context)
        => context.Array(ref reader, static (ref Utf8JsonReader r, ReadContext _) => JsonValues.String(ref r));
}
