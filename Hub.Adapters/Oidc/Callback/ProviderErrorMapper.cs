using System.Collections.Frozen;
using Hub.Adapters.Abstractions;

namespace Hub.Adapters.Oidc.Callback;

/// <summary>
/// Turns an <c>error</c> of the authorization response into a typed error <c>oidc.provider_error.&lt;error&gt;</c>.
/// Only registered error codes (OAuth 2.0, OpenID Connect Core, RFC 6749 token errors) become part of a code;
/// anything else is <c>oidc.provider_error.other</c>, so a provider cannot invent codes or inject log text.
/// </summary>
internal static class ProviderErrorMapper
{
    private static readonly FrozenDictionary<string, AdapterErrorKind> Kinds = new Dictionary<string, AdapterErrorKind>
    {
        ["access_denied"] = AdapterErrorKind.ProviderDenied,
        ["login_required"] = AdapterErrorKind.ProviderDenied,
        ["consent_required"] = AdapterErrorKind.ProviderDenied,
        ["interaction_required"] = AdapterErrorKind.ProviderDenied,
        ["account_selection_required"] = AdapterErrorKind.ProviderDenied,
        ["unmet_authentication_requirements"] = AdapterErrorKind.LevelNotMet,
        ["temporarily_unavailable"] = AdapterErrorKind.Unavailable,
        ["server_error"] = AdapterErrorKind.Unavailable,
        // The hub's request or registration is at fault: a configuration problem, not the person's choice.
        ["invalid_request"] = AdapterErrorKind.Rejected,
        ["unauthorized_client"] = AdapterErrorKind.Rejected,
        ["unsupported_response_type"] = AdapterErrorKind.Rejected,
        ["invalid_scope"] = AdapterErrorKind.Rejected,
        ["invalid_request_uri"] = AdapterErrorKind.Rejected,
        ["invalid_request_object"] = AdapterErrorKind.Rejected,
        ["request_not_supported"] = AdapterErrorKind.Rejected,
        ["request_uri_not_supported"] = AdapterErrorKind.Rejected,
        ["registration_not_supported"] = AdapterErrorKind.Rejected,
        ["invalid_client"] = AdapterErrorKind.Rejected,
        ["invalid_grant"] = AdapterErrorKind.Rejected,
        ["unsupported_grant_type"] = AdapterErrorKind.Rejected,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static AdapterError FromAuthorizationResponse(string error)
    {
        var known = Known(error);
        var kind = Kinds.GetValueOrDefault(known, AdapterErrorKind.ProviderDenied);
        return new AdapterError(OidcErrorCodes.ProviderErrorPrefix + known, $"The provider answered with error '{known}'.", kind);
    }

    /// <summary>The error value if it is a registered one, else <c>other</c>.</summary>
    public static string Known(string? error) => error is not null && Kinds.ContainsKey(error) ? error : "other";
}
