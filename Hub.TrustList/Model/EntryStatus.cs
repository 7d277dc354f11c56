using System.Text.Json.Serialization;

namespace Hub.TrustList.Model;

/// <summary>Accreditation status of a provider, brand or relying party.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EntryStatus>))]
public enum EntryStatus
{
    [JsonStringEnumMemberName("accredited")] Accredited,
    [JsonStringEnumMemberName("suspended")] Suspended,
    [JsonStringEnumMemberName("withdrawn")] Withdrawn,
}
