using System.Text.Json.Serialization;

namespace Hub.Adapters.Mapping.Model;

/// <summary>How the provider orders name parts, used to split a full name into parts and to compose it from them.</summary>
public sealed record NameSettings
{
    public NameOrder Order { get; init; } = NameOrder.FamilyGiven;
}

[JsonConverter(typeof(JsonStringEnumConverter<NameOrder>))]
public enum NameOrder
{
    /// <summary>前橋 太郎: the Japanese order.</summary>
    [JsonStringEnumMemberName("family-given")] FamilyGiven,
    /// <summary>Taro Maebashi.</summary>
    [JsonStringEnumMemberName("given-family")] GivenFamily,
}
