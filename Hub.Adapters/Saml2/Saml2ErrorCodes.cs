namespace Hub.Adapters.Saml2;

/// <summary>
/// The stable codes of every SAML rejection. Logs, tests and the gateway rely on them: never rename one.
/// </summary>
public static class Saml2ErrorCodes
{
    public const string ProviderNotAccredited = "provider.not_accredited";
    public const string ProviderProtocol = "provider.protocol";

    public const string Binding = "saml.binding";
    public const string BindingEncoding = "saml.binding.encoding";
    public const string RelayState = "saml.relay_state";
    public const string Size = "saml.size";

    public const string XmlMalformed = "saml.xml.malformed";
    public const string XmlDtd = "saml.xml.dtd";
    public const string XmlDepth = "saml.xml.depth";
    public const string XmlDuplicateId = "saml.xml.duplicate_id";

    public const string MessageType = "saml.message.type";
    public const string Version = "saml.version";
    public const string Status = "saml.status";

    public const string SignatureMissing = "saml.signature.missing";
    public const string SignatureMultiple = "saml.signature.multiple";
    public const string SignatureInvalid = "saml.signature.invalid";
    public const string SignatureReference = "saml.signature.reference";
    public const string SignatureTransform = "saml.signature.transform";
    public const string SignatureAlgorithm = "saml.signature.algorithm";

    public const string AssertionCount = "saml.assertion.count";
    public const string AssertionEncrypted = "saml.assertion.encrypted";
    public const string AssertionId = "saml.assertion.id";
    public const string Issuer = "saml.issuer";
    public const string Destination = "saml.destination";
    public const string InResponseTo = "saml.in_response_to";
    public const string Audience = "saml.audience";
    public const string Subject = "saml.subject";
    public const string SubjectConfirmation = "saml.subject_confirmation";
    public const string Recipient = "saml.recipient";
    public const string Expired = "saml.expired";
    public const string NotYetValid = "saml.not_yet_valid";
    public const string AuthnStatement = "saml.authn_statement";
    public const string Replay = "saml.replay";
}
