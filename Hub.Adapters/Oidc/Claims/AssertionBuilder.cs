using System.Text.Json;
using Hub.Adapters.Abstractions;
using Hub.Adapters.Oidc.Validation;

namespace Hub.Adapters.Oidc.Claims;

/// <summary>
/// Builds the protocol-neutral <see cref="ProviderAssertion"/> from a validated ID token and, if fetched, the
/// userinfo response (already checked to have the same sub). A userinfo path replaces the ID token's path of the
/// same name: both come from the same provider, and userinfo is where providers put the full attribute set.
/// </summary>
internal static class AssertionBuilder
{
    public static ProviderAssertion Build(string providerId, ValidatedIdToken idToken, JsonElement? userinfo)
    {
        var claims = idToken.Claims;
        var attributes = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        ClaimFlattener.Flatten(claims, attributes);
        if (userinfo is { } extra)
        {
            ClaimFlattener.Flatten(extra, attributes);
        }
        var authTime = IdTokenClaimRules.TryGetNumericDate(claims, "auth_time", out var authenticated)
            ? authenticated
            : IdTokenClaimRules.TryGetNumericDate(claims, "iat", out var issued) ? issued : default;
        IReadOnlyList<string> acr = IdTokenClaimRules.TryGetString(claims, "acr", out var value) ? [value] : [];
        return new ProviderAssertion(providerId, idToken.Subject, authTime, acr, Strings(claims, "amr"), attributes);
    }

    private static IReadOnlyList<string> Strings(JsonElement claims, string name)
    {
        if (!claims.TryGetProperty(name, out var element))
        {
            return [];
        }
        return element.ValueKind switch
        {
            JsonValueKind.Array => element.EnumerateArray()
                .Where(e => e.ValueKind == JsonValueKind.String)
                .Select(e => e.GetString()!)
                .ToList(),
            JsonValueKind.String => [element.GetString()!],
            _ => [],
        };
    }
}
