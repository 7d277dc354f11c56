using System.Runtime.CompilerServices;
using System.Text.Json;
using Hub.TrustList.Model;
using static Hub.TrustList.Serialization.Reading.JsonValues;

namespace Hub.TrustList.Serialization.Reading;

/// <summary><c>{ "code": "271403", "name": { ... } }</c>, and lists of them; both shared.</summary>
internal static class RegionReader
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Region[] SharedList(ref Utf8JsonReader reader, ReadContext context)
        => context.Shared(ref reader, context.Caches.RegionLists, static (ref Utf8JsonReader r, ReadContext c) => c.Array(ref r, Shared));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Region Shared(ref Utf8JsonReader reader, ReadContext context)
        => context.Shared(ref reader, context.Caches.Regions, Read);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Region Read(ref Utf8JsonReader reader, ReadContext context)
    {
        var start = context.StartObject(ref reader);
        string? code = null;
        LocalizedText? regionName = null;
        while (context.NextMember(ref reader, out var name))
        {
            switch (name)
            {
                case "code": code = context.Pooled(ref reader); break;
                case "name": regionName = LocalizedTextReader.Shared(ref reader, context); break;
                default: throw context.UnknownMember(name);
            }
        }
        return new Region(Required(code, start, "code"), Required(regionName, start, "name"));
    }
}
