using Hub.Adapters.Abstractions;

namespace Hub.Adapters.Oidc.Callback;

/// <summary>The authorization response parameters (query, or form for response_mode=form_post).</summary>
internal sealed record AuthorizationResponse(string? State, string? Issuer, string? Code, string? Error)
{
    public static AuthorizationResponse From(ProviderCallback callback)
    {
        var parameters = string.Equals(callback.Method, "POST", StringComparison.OrdinalIgnoreCase) ? callback.Form : callback.Query;
        return new AuthorizationResponse(
            Get(parameters, "state"), Get(parameters, "iss"), Get(parameters, "code"), Get(parameters, "error"));
    }

    private static string? Get(IReadOnlyDictionary<string, string> parameters, string name)
        => parameters.TryGetValue(name, out var value) && value.Length > 0 ? value : null;
}
