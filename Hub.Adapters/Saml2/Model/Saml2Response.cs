namespace Hub.Adapters.Saml2.Model;

/// <summary>The samlp:Response envelope, as read (not yet validated).</summary>
internal sealed record Saml2Response(
    string? Id,
    string? Version,
    string? Destination,
    string? InResponseTo,
    string? Issuer,
    Saml2Status Status);
