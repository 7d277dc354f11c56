using System.Runtime.CompilerServices;
using System.Text.Json;
using Hub.TrustList.Model;
using static Hub.TrustList.Serialization.Reading.JsonValues;

namespace Hub.TrustList.Serialization.Reading;

/// <summary>An RP's <c>allowed_claims</c>: <c>[{ "claim", "purpose", "required", "purpose_version" }]</c>; shared.</summary>
internal static class ClaimPermissionReader
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ClaimPermission[] SharedList(ref Utf8JsonReader reader, ReadContext context)
        => context.Shared(ref reader, context.Caches.ClaimLists, static (ref Utf8JsonReader r, ReadContext c) => c.Array(ref r, Shared));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ClaimPermission Shared(ref Utf8JsonReader reader, ReadContext context)
        => context.Shared(ref reader, context.Caches.Claims, Read);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ClaimPermission Read(ref Utf8JsonReader reader, ReadContext context)
    {
        var start = context.StartObject(ref reader);
        string? claim = null;
        LocalizedText? purpose = null;
        bool? required = null;
        int? purposeVersion = null;
        while (context.NextMember(ref reader, out var name))
        {
            switch (name)
            {
                case "claim": claim = context.Pooled(ref reader); break;
                case "purpose": purpose = LocalizedTextReader.Shared(ref reader, context); break;
                case "required": required = Boolean(ref reader); break;
                case "purpose_version": purposeVersion = Int32(ref reader); break;
                default: throw context.UnknownMember(name);
            }
        }
        return new ClaimPermission(Required(claim, start, "claim"), Required(purpose, start, "purpose"), required ?? false, purposeVersion ?? 1);
    }
}
