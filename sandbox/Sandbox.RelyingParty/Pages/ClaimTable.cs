using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sandbox.RelyingParty.Pages.Texts;

namespace Sandbox.RelyingParty.Pages;

/// <summary>Renders every member of a claims object as a table row: the claim name, its label where known, and its value.</summary>
internal static class ClaimTable
{
    private static readonly HashSet<string> Times = new(StringComparer.Ordinal) { "exp", "iat", "nbf", "auth_time", "updated_at" };

    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Render(JsonElement claims, TextCatalog texts, string id)
    {
        var rows = new StringBuilder();
        foreach (var claim in claims.EnumerateObject())
        {
            var label = texts.Find(TextKeys.Claim(claim.Name)) is { } text ? "<br>" + Html.Both(text) : "";
            rows.Append($"<tr data-claim=\"{Html.Encode(claim.Name)}\"><th scope=\"row\"><code>{Html.Encode(claim.Name)}</code>{label}</th><td>{Value(claim.Name, claim.Value)}</td></tr>");
        }
        return $"""
            <table id="{id}">
            <thead><tr><th scope="col">{Html.Both(texts[TextKeys.ClaimsClaim])}</th><th scope="col">{Html.Both(texts[TextKeys.ClaimsValue])}</th></tr></thead>
            <tbody>{rows}</tbody>
            </table>
            """;
    }

    private static string Value(string name, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Html.Encode(value.GetString()),
        JsonValueKind.Number when Times.Contains(name) && value.TryGetInt64(out var seconds) && seconds is > 0 and < 253402300800 =>
            Html.Encode($"{seconds} ({DateTimeOffset.FromUnixTimeSeconds(seconds).ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)})"),
        JsonValueKind.Object or JsonValueKind.Array => "<pre>" + Html.Encode(JsonSerializer.Serialize(value, Pretty)) + "</pre>",
        _ => Html.Encode(value.GetRawText()),
    };
}
