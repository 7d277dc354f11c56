namespace Sandbox.RelyingParty.Revocation;

/// <summary>
/// A rejected Security Event Token: the RFC 8935 §2.4 error code (<c>err</c>), a description for the transmitter,
/// and a short reason for the log.
/// </summary>
internal sealed record SetError(string Err, string Description)
{
    // The codes registered by RFC 8935 §7.1 (Security Event Token Error Codes).
    public const string InvalidRequest = "invalid_request";
    public const string InvalidKey = "invalid_key";
    public const string InvalidIssuer = "invalid_issuer";
    public const string InvalidAudience = "invalid_audience";
    public const string AuthenticationFailed = "authentication_failed";
    public const string AccessDenied = "access_denied";

    public static SetError Request(string description) => new(InvalidRequest, description);
}
