using System.Runtime.CompilerServices;
using System.Text.Json;
using Hub.TrustList.Model;
using static Hub.TrustList.Serialization.Reading.JsonValues;

namespace Hub.TrustList.Serialization.Reading;

/// <summary>A brand of a provider.</summary>
internal static class BrandReader
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static BrandEntry Read(ref Utf8JsonReader reader, ReadContext context)
    {
        var start = context.StartObject(ref reader);
        string? id = null, logoText = null;
        LocalizedText? displayName = null;
        Region[]? regions = null;
        StatusChange[]? history = null;
        WrittenStatus status = default;
        while (context.NextMember(ref reader, out var name))
        {
            switch (name)
            {
                case "id": id = String(ref reader); break;
                case "display_name": displayName = LocalizedTextReader.Read(ref reader, context); break;
                case "logo_text": logoText = OptionalString(ref reader); break;
                case "regions": regions = RegionReader.SharedList(ref reader, context); break;
                case "status_history": history = StatusChangeReader.SharedHistory(ref reader, context); break;
                case "status": status = ReadWrittenStatus(ref reader); break;
                default: throw context.UnknownMember(name);
            }
        }
        var brand = new BrandEntry(
            Required(id, start, "id"),
            Required(displayName, start, "display_name"),
            logoText,
            Required(regions, start, "regions"),
            Required(history, start, "status_history"));
        context.CheckStatus(status, brand.StatusHistory, start);
        return brand;
    }
}
