using System.Runtime.CompilerServices;
using System.Text.Json;
using Hub.TrustList.Model;
using static Hub.TrustList.Serialization.Reading.JsonValues;

namespace Hub.TrustList.Serialization.Reading;

/// <summary>The coordinator: <c>{ "id", "name", "contact"? }</c>.</summary>
internal static class IssuerReader
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Issuer Read(ref Utf8JsonReader reader, ReadContext context)
    {
        var start = context.StartObject(ref reader);
        string? id = null, contact = null;
        LocalizedText? issuerName = null;
        while (context.NextMember(ref reader, out var name))
        {
            switch (name)
            {
                case "id": id = String(ref reader); break;
                case "name": issuerName = LocalizedTextReader.Read(ref reader, context); break;
                case "contact": contact = OptionalString(ref reader); break;
                default: throw context.UnknownMember(name);
            }
        }
        return new Issuer(Required(id, start, "id"), Required(issuerName, start, "name"), contact);
    }
}
