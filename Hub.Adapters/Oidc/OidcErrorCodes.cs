namespace Hub.Adapters.Oidc;

/// <summary>The stable error codes of the OIDC adapter. Tests, logs and the gateway rely on them: never rename.</summary>
public static class OidcErrorCodes
{
    public const string TrustListUnavailable = "trustlist.unavailable";
    public const string NotAccredited = "provider.not_accredited";
    public const string NotOidcProvider = "oidc.provider.not_oidc";
    public const string ClientNotConfigured = "oidc.client.not_configured";
    public const string EndpointNotHttps = "oidc.endpoint_not_https";

    public const string FlowExpired = "oidc.flow_expired";
    public const string PendingInvalid = "oidc.pending_invalid";
    public const string StateMissing = "oidc.state_missing";
    public const string StateMismatch = "oidc.state_mismatch";
    public const string StateReplayed = "oidc.state_replayed";
    public const string IssMissing = "oidc.iss_missing";
    public const string IssMismatch = "oidc.iss_mismatch";
    public const string CodeMissing = "oidc.code_missing";
    /// <summary>Prefix; the provider's <c>error</c> value follows, e.g. <c>oidc.provider_error.access_denied</c>.</summary>
    public const string ProviderErrorPrefix = "oidc.provider_error.";
    public const string ProviderErrorOther = "oidc.provider_error.other";

    public const string ProviderUnavailable = "oidc.provider_unavailable";
    public const string TokenError = "oidc.token.error";
    public const string TokenResponseInvalid = "oidc.token.invalid_response";
    public const string IdTokenMissing = "oidc.token.id_token_missing";
    public const string AccessTokenMissing = "oidc.token.access_token_missing";

    public const string DiscoveryInvalid = "oidc.discovery.invalid";
    public const string DiscoveryIssuerMismatch = "oidc.discovery.issuer_mismatch";

    public const string IdTokenMalformed = "oidc.id_token.malformed";
    public const string IdTokenEncrypted = "oidc.id_token.encrypted_not_supported";
    public const string IdTokenAlgNone = "oidc.id_token.alg_none";
    public const string IdTokenAlgNotAllowed = "oidc.id_token.alg_not_allowed";
    public const string IdTokenCritUnsupported = "oidc.id_token.crit_unsupported";
    public const string IdTokenUnknownKid = "oidc.id_token.unknown_kid";
    public const string IdTokenKidRequired = "oidc.id_token.kid_required";
    public const string IdTokenNoKeyForAlg = "oidc.id_token.no_key_for_alg";
    public const string IdTokenKeyAlgMismatch = "oidc.id_token.key_alg_mismatch";
    public const string IdTokenSignatureInvalid = "oidc.id_token.signature_invalid";
    public const string IdTokenIssuerInvalid = "oidc.id_token.iss_invalid";
    public const string IdTokenAudienceInvalid = "oidc.id_token.aud_invalid";
    public const string IdTokenAzpMissing = "oidc.id_token.azp_missing";
    public const string IdTokenAzpInvalid = "oidc.id_token.azp_invalid";
    public const string IdTokenExpMissing = "oidc.id_token.exp_missing";
    public const string IdTokenExpired = "oidc.id_token.expired";
    public const string IdTokenIatMissing = "oidc.id_token.iat_missing";
    public const string IdTokenIatInFuture = "oidc.id_token.iat_in_future";
    public const string IdTokenIatTooOld = "oidc.id_token.iat_too_old";
    public const string IdTokenNonceMissing = "oidc.id_token.nonce_missing";
    public const string IdTokenNonceMismatch = "oidc.id_token.nonce_mismatch";
    public const string IdTokenSubMissing = "oidc.id_token.sub_missing";
    public const string IdTokenInvalid = "oidc.id_token.invalid";

    public const string UserinfoUnsupportedFormat = "oidc.userinfo.unsupported_format";
    public const string UserinfoInvalid = "oidc.userinfo.invalid";
    public const string UserinfoSubMissing = "oidc.userinfo.sub_missing";
    public const string UserinfoSubMismatch = "oidc.userinfo.sub_mismatch";
    public const string UserinfoEndpointMissing = "oidc.userinfo.endpoint_missing";
}
