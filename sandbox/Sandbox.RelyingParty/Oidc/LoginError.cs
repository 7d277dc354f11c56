namespace Sandbox.RelyingParty.Oidc;

/// <summary>
/// Why a sign-in failed: a stable code (an OAuth/OIDC error code from the hub, or one of the RP's own) and the
/// hub's description, if it sent one. The page explains the code; the description is shown as the hub's words.
/// </summary>
internal sealed record LoginError(string Code, string? HubDescription = null)
{
    public const string IssuerMismatch = "iss_mismatch";
    public const string IssuerMissing = "iss_missing";
    public const string SessionInvalid = "login_session_invalid";
    public const string InvalidIdToken = "invalid_id_token";
    public const string AcrNotMet = "acr_not_met";
    public const string InvalidResponse = "invalid_response";
    public const string HubUnreachable = "hub_unreachable";
    public const string Unknown = "unknown";
}
