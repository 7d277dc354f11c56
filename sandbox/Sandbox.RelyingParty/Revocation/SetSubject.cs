using System.Text.Json;

namespace Sandbox.RelyingParty.Revocation;

/// <summary>
/// Whom a SET is about: its <c>sub</c>, else a <c>sub_id</c> subject identifier (RFC 9493: its <c>sub</c> or
/// <c>id</c>), else the <c>subject</c> member of an event. Null when none is given.
/// </summary>
internal static class SetSubject
{
    public static string? Of(JsonElement payload)
    {
        if (payload.TryGetProperty("sub", out var sub) && sub.ValueKind == JsonValueKind.String && sub.GetString() is { Length: > 0 } value)
        {
            return value;
        }
        if (payload.TryGetProperty("sub_id", out var subId) && Identifier(subId) is { } fromSubId)
        {
            return fromSubId;
        }
        return payload.GetProperty("events").EnumerateObject()
            .Select(e => e.Value.TryGetProperty("subject", out var subject) ? Identifier(subject) : null)
            .FirstOrDefault(s => s is not null);
    }

    private static string? Identifier(JsonElement subject)
    {
        if (subject.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        foreach (var member in new[] { "sub", "id" })
        {
            if (subject.TryGetProperty(member, out var value) && value.ValueKind == JsonValueKind.String)
            {
                return value.GetString();
            }
        }
        return null;
    }
}
