using System.Text.Json.Serialization;

namespace Hub.TrustList.Model;

/// <summary>
/// Assurance levels of Japan's guideline for online administrative procedures.
/// The numeric order is the strength order: D &lt; C &lt; B &lt; A, so <c>Min</c>/<c>Max</c> and comparisons work directly.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<LevelOfAssurance>))]
public enum LevelOfAssurance
{
    [JsonStringEnumMemberName("D")] D = 0,
    [JsonStringEnumMemberName("C")] C = 1,
    [JsonStringEnumMemberName("B")] B = 2,
    [JsonStringEnumMemberName("A")] A = 3,
}
