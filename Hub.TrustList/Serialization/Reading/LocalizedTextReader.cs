using System.Runtime.CompilerServices;
using System.Text.Json;
using Hub.TrustList.Model;
using static Hub.TrustList.Serialization.Reading.JsonValues;

namespace Hub.TrustList.Serialization.Reading;

/// <summary><c>{ "ja": ..., "en": ... }</c>.</summary>
internal static class LocalizedTextReader
{
    /// <summary>A text of one entry (a display name): read as it is.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static LocalizedText Read(ref Utf8JsonReader reader, ReadContext context)
    {
        var start = context.StartObject(ref reader);
        string? ja = null, en = null;
        while (context.NextMember(ref reader, out var name))
        {
            switch (name)
            {
                case "ja": ja = String(ref reader); break;
                case "en": en = String(ref reader); break;
                default: throw context.UnknownMember(name);
            }
        }
        return new LocalizedText(Required(ja, start, "ja"), Required(en, start, "en"));
    }

    /// <summary>A text that many entries repeat (operators, region names, purposes): read once, shared.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static LocalizedText Shared(ref Utf8JsonReader reader, ReadContext context)
        => context.Shared(ref reader, context.Caches.Texts, Read);
}
