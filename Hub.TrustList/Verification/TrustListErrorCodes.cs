namespace Hub.TrustList.Verification;

/// <summary>
/// The stable error codes of trust-list verification and validation, one per rule. Documented in docs/trustlist.md;
/// never rename one (operators alert on them).
/// </summary>
public static class TrustListErrorCodes
{
    // The document as bytes.
    public const string TooLarge = "document.too_large";
    public const string MalformedJson = "document.malformed";
    public const string DuplicateMember = "document.duplicate_member";

    // The signature.
    public const string SignatureMissing = "signature.missing";
    public const string SignatureMalformed = "signature.malformed";
    public const string AlgNone = "signature.alg_none";
    public const string AlgHmac = "signature.alg_hmac";
    public const string AlgUnsupported = "signature.alg_unsupported";
    public const string HeaderKey = "signature.header_key";
    public const string HeaderUnsupported = "signature.header_unsupported";
    public const string UnknownKey = "signature.unknown_key";
    public const string KeyAlgorithmMismatch = "signature.key_mismatch";
    public const string BadSignature = "signature.invalid";

    // Freshness and rollback.
    public const string NextUpdateMissing = "freshness.next_update_missing";
    public const string Expired = "freshness.expired";
    public const string ValidityTooLong = "freshness.validity_too_long";
    public const string IssuedInFuture = "freshness.issued_in_future";
    public const string Rollback = "rollback.sequence";

    // Structure (deserialization and the validator's rules).
    public const string Schema = "structure.schema";
    public const string Format = "structure.format";
    public const string Sequence = "structure.sequence";
    public const string ValidityOrder = "structure.validity_order";
    public const string IdSyntax = "structure.id_syntax";
    public const string DuplicateId = "structure.duplicate_id";
    public const string LgCode = "structure.lg_code";
    public const string StatusHistory = "structure.status_history";
    public const string StatusMismatch = "structure.status_mismatch";
    public const string ProtocolMetadata = "structure.protocol_metadata";
    public const string Certificate = "structure.certificate";
    public const string PublicKey = "structure.public_key";
    public const string PrivateKeyMaterial = "structure.private_key";
    public const string MaxLoa = "structure.max_loa";
    public const string MinLoa = "structure.min_loa";
    public const string RedirectUri = "structure.redirect_uri";
    public const string ClientAuth = "structure.client_auth";
    public const string Claim = "structure.claim";
    public const string Endpoint = "structure.endpoint";
    public const string Text = "structure.text";

    // The loader's sources.
    public const string SourceUnavailable = "source.unavailable";
}
