namespace Hub.Gateway.OpenIdProvider.Authorization;

/// <summary>The OIDC Core / RFC 6749 error codes the orchestration may end an authorization with.</summary>
public static class AuthorizationErrors
{
    /// <summary>The person denied consent or cancelled.</summary>
    public const string AccessDenied = "access_denied";

    /// <summary>The requested <c>acr_values</c> (level of assurance) cannot be met: never a silent downgrade.</summary>
    public const string UnmetAuthenticationRequirements = "unmet_authentication_requirements";

    /// <summary><c>prompt=none</c> and the person must log in.</summary>
    public const string LoginRequired = "login_required";

    /// <summary><c>prompt=none</c> and consent is needed.</summary>
    public const string ConsentRequired = "consent_required";

    /// <summary><c>prompt=none</c> and some other interaction is needed (e.g. choosing a provider).</summary>
    public const string InteractionRequired = "interaction_required";

    /// <summary>A provider or the hub's state store is unavailable.</summary>
    public const string TemporarilyUnavailable = "temporarily_unavailable";

    public const string ServerError = "server_error";
}
