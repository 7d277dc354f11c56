using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;

namespace Hub.Gateway.Pages;

/// <summary>
/// How claims read on the resident's pages, the one formatter the consent page and the consent dashboard share:
/// a claim's name (<c>Claim.&lt;name&gt;</c>), a list of names, and a value (yes/no for booleans, the address on one
/// line, lists joined).
/// </summary>
public static class ClaimText
{
    public static string Label(string claim, IStringLocalizer texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts["Claim." + claim];
    }

    /// <summary>Names joined the way the language lists them (「氏名・生年月日」, "Name, Date of birth").</summary>
    public static string List(IEnumerable<string> claims, IStringLocalizer texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return string.Join(texts["List.Separator"].Value, claims.Select(c => Label(c, texts)));
    }

    public static string Value(JsonNode value, IStringLocalizer texts)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(texts);
        return value switch
        {
            JsonValue v when v.GetValueKind() == JsonValueKind.True => texts["Value.Yes"],
            JsonValue v when v.GetValueKind() == JsonValueKind.False => texts["Value.No"],
            JsonArray array => string.Join(", ", array.Where(i => i is not null).Select(i => Value(i!, texts))),
            JsonObject address when address["formatted"] is JsonValue formatted => formatted.ToString(),
            JsonObject obj => string.Join(" ", obj.Where(kv => kv.Value is JsonValue).Select(kv => kv.Value!.ToString())),
            _ => value.ToString(),
        };
    }
}
