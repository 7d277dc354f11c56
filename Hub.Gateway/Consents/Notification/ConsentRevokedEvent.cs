namespace Hub.Gateway.Consents.Notification;

/// <summary>The event type of the hub's consent-revocation SETs (documented in docs/consent.md).</summary>
public static class ConsentRevokedEvent
{
    public const string Uri = "https://schemas.regional-id.jp/secevent/consent-revoked";

    /// <summary>The JWT <c>typ</c> of a Security Event Token (RFC 8417 §2.3).</summary>
    public const string TokenType = "secevent+jwt";

    /// <summary>The media type of a pushed SET (RFC 8935 §2).</summary>
    public const string MediaType = "application/secevent+jwt";
}
