namespace Hub.Adapters.Saml2.Options;

/// <summary>
/// The hub's own SAML SP: entity ID, ACS URL, signing key and the validation limits. Bound from configuration
/// section <see cref="SectionName"/> and checked at start by <see cref="Saml2SpOptionsValidator"/>.
/// The certificate and key are PEM, given either as a file path or inline (one of the two for each).
/// </summary>
public sealed class Saml2SpOptions
{
    public const string SectionName = "Hub:Saml2";

    /// <summary>The SP entity ID (the Audience the providers must address), e.g. <c>https://hub.example.jp/saml2</c>.</summary>
    public string EntityId { get; set; } = string.Empty;

    /// <summary>The absolute ACS URL where providers POST their Responses (Destination and Recipient).</summary>
    public string AssertionConsumerServiceUrl { get; set; } = string.Empty;

    public string? SigningCertificatePath { get; set; }

    public string? SigningCertificatePem { get; set; }

    public string? SigningKeyPath { get; set; }

    public string? SigningKeyPem { get; set; }

    /// <summary>Tolerance for the providers' clocks on every time condition. Default 2 minutes; at most 10.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Cap on the base64 SAMLResponse form field (characters). Default 256 KB.</summary>
    public int MaxResponseBase64Length { get; set; } = 256 * 1024;

    /// <summary>Cap on an inflated Redirect-binding message (bytes). Default 64 KB.</summary>
    public int MaxInflatedMessageBytes { get; set; } = 64 * 1024;

    /// <summary>How long the published SP metadata is valid (<c>validUntil</c>). Default 7 days.</summary>
    public TimeSpan MetadataValidity { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Attribute names whose values a provider may use to send authentication methods (amr).</summary>
    public string[] AmrAttributeNames { get; set; } = ["amr", "urn:jp:regional-id:attribute:amr"];
}
