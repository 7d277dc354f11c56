namespace Hub.Adapters.Saml2.Bindings;

/// <summary>A decoded HTTP-Redirect binding message.</summary>
/// <param name="ParameterName"><c>SAMLRequest</c> or <c>SAMLResponse</c>.</param>
/// <param name="Xml">The inflated message; load it with <see cref="Xml.Saml2SafeXml"/>.</param>
/// <param name="SignatureVerified">True when the query signature verified with one of the trusted certificates.</param>
public sealed record Saml2RedirectMessage(
    string ParameterName,
    string Xml,
    string? RelayState,
    string? SignatureAlgorithm,
    bool SignatureVerified);
