using System.Text.Json;
using Hub.TrustList.Common;

namespace Sandbox.RelyingParty.Pages;

/// <summary>
/// What the RP received at sign-in: the ID token's payload (already validated by the handler when it was received)
/// and the userinfo response, plus the few values the page sums up.
/// </summary>
internal sealed class ReceivedClaims
{
    private ReceivedClaims(JsonElement idToken, JsonElement? userinfo)
    {
        IdToken = idToken;
        Userinfo = userinfo;
    }

    public JsonElement IdToken { get; }

    public JsonElement? Userinfo { get; }

    public string? Subject => Text("sub");

    public string? Acr => Text("acr");

    /// <summary>The provider id: <c>provider.id</c> (common schema v1), or <c>provider</c> as a plain string.</summary>
    public string? ProviderId => Find("provider") is { } provider
        ? provider.ValueKind == JsonValueKind.Object ? Member(provider, "id") : provider.ValueKind == JsonValueKind.String ? provider.GetString() : null
        : null;

    /// <summary>The brand: <c>provider.brand</c>, or a <c>provider_brand</c> claim.</summary>
    public string? Brand => (Find("provider") is { ValueKind: JsonValueKind.Object } provider ? Member(provider, "brand") : null) ?? Text("provider_brand");

    public static ReceivedClaims? Parse(string? idToken, string? userinfoJson)
    {
        var parts = idToken?.Split('.');
        if (parts is not { Length: 3 } || !Base64Url.TryDecode(parts[1], out var payload))
        {
            return null;
        }
        try
        {
            using var token = JsonDocument.Parse(payload);
            JsonElement? userinfo = null;
            if (userinfoJson is not null)
            {
                using var document = JsonDocument.Parse(userinfoJson);
                userinfo = document.RootElement.Clone();
            }
            return token.RootElement.ValueKind == JsonValueKind.Object ? new ReceivedClaims(token.RootElement.Clone(), userinfo) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A claim from the ID token, else from userinfo.</summary>
    private JsonElement? Find(string name)
    {
        if (IdToken.TryGetProperty(name, out var fromToken))
        {
            return fromToken;
        }
        return Userinfo is { ValueKind: JsonValueKind.Object } userinfo && userinfo.TryGetProperty(name, out var fromUserinfo) ? fromUserinfo : null;
    }

    private string? Text(string name) => Find(name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    private static string? Member(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
