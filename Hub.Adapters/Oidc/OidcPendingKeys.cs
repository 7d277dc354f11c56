namespace Hub.Adapters.Oidc;

/// <summary>Keys of <see cref="Abstractions.PendingAuthentication.Values"/> written by BeginAsync and read by CompleteAsync.</summary>
internal static class OidcPendingKeys
{
    public const string State = "oidc.state";
    public const string Nonce = "oidc.nonce";
    public const string CodeVerifier = "oidc.code_verifier";
}
