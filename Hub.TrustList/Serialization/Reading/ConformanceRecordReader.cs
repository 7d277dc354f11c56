using System.Runtime.CompilerServices;
using System.Text.Json;
using Hub.TrustList.Model;
using static Hub.TrustList.Serialization.Reading.JsonValues;

namespace Hub.TrustList.Serialization.Reading;

/// <summary>A provider's <c>conformance</c>: <c>{ "report_digest", "suite_version", "date" }</c>.</summary>
internal static class ConformanceRecordReader
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ConformanceRecord? ReadOptional(ref Utf8JsonReader reader, ReadContext context)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        var start = context.StartObject(ref reader);
        string? digest = null, suite = null;
        DateTimeOffset? date = null;
        while (context.NextMember(ref reader, out var name))
        {
            switch (name)
            {
                case "report_digest": digest = String(ref reader); break;
                case "suite_version": suite = context.Pooled(ref reader); break;
                case "date": date = Instant(ref reader); break;
                default: throw context.UnknownMember(name);
            }
        }
        return new ConformanceRecord(Required(digest, start, "report_digest"), Required(suite, start, "suite_version"), Required(date, start, "date"));
    }
}
