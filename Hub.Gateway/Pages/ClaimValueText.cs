using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;

namespace Hub.Gateway.Pages;

/// <summary>How a claim value reads on the consent page: yes/no for booleans, the address on one line, lists joined.</summary>
public static class ClaimValueText
{
    public static string Format(JsonNode value, IStringLocalizer texts)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(texts);
        return value switch
        {
            JsonValue v when v.GetValueKind() == JsonValueKind.True => texts["Value.Yes"],
            JsonValue v when v.GetValueKind() == JsonValueKind.False => texts["Value.No"],
            JsonArray array => string.Join(", ", array.Where(i => i is not null).Select(i => Format(i!, texts))),
            JsonObject address when address["formatted"] is JsonValue formatted => formatted.ToString(),
            JsonObject obj => string.Join(" ", obj.Where(kv => kv.Value is JsonValue).Select(kv => kv.Value!.ToString())),
            _ => value.ToString(),
        };
    }
}
