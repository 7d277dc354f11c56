using Hub.Adapters.Abstractions;
using Hub.Adapters.Oidc;
using Hub.Adapters.Saml2;
using Hub.TrustList.Model;

namespace Hub.Conformance.Checks;

/// <summary>
/// Which check judges which of the hub's rejection codes. A login the hub rejects fails the one check that owns the
/// code; a code no specific check owns fails LOGIN-01. So a provider that breaks one rule fails one check.
/// </summary>
internal static class ErrorOwnership
{
    public const string LevelNotMetCode = "assurance.level_not_met";
    public const string SubjectMissingCode = "assertion.subject_missing";

    private static readonly Dictionary<string, CheckDefinition> Common = new(StringComparer.Ordinal)
    {
        ["mapping.profile_unknown"] = CommonCatalogue.ProfileKnown,
        ["mapping.profile_protocol_mismatch"] = CommonCatalogue.ProfileKnown,
    };

    private static readonly Dictionary<string, CheckDefinition> Saml = new(StringComparer.Ordinal)
    {
        [Saml2ErrorCodes.SignatureMissing] = SamlCatalogue.Signed,
        [Saml2ErrorCodes.SignatureInvalid] = SamlCatalogue.Signed,
        [Saml2ErrorCodes.SignatureMultiple] = SamlCatalogue.Signed,
        [Saml2ErrorCodes.SignatureReference] = SamlCatalogue.Signed,
        [Saml2ErrorCodes.SignatureTransform] = SamlCatalogue.Algorithms,
        [Saml2ErrorCodes.SignatureAlgorithm] = SamlCatalogue.Algorithms,
        [Saml2ErrorCodes.Audience] = SamlCatalogue.Audience,
        [Saml2ErrorCodes.Destination] = SamlCatalogue.Recipient,
        [Saml2ErrorCodes.Recipient] = SamlCatalogue.Recipient,
        [Saml2ErrorCodes.SubjectConfirmation] = SamlCatalogue.Recipient,
        [Saml2ErrorCodes.InResponseTo] = SamlCatalogue.InResponseTo,
        [Saml2ErrorCodes.RelayState] = SamlCatalogue.InResponseTo,
        [Saml2ErrorCodes.Issuer] = SamlCatalogue.Issuer,
        [Saml2ErrorCodes.Expired] = SamlCatalogue.Validity,
        [Saml2ErrorCodes.NotYetValid] = SamlCatalogue.Validity,
        [Saml2ErrorCodes.Replay] = SamlCatalogue.AssertionIds,
        [Saml2ErrorCodes.Subject] = SamlCatalogue.SubjectStable,
        [SubjectMissingCode] = SamlCatalogue.SubjectStable,
    };

    private static readonly Dictionary<string, CheckDefinition> Oidc = new(StringComparer.Ordinal)
    {
        [OidcErrorCodes.EndpointNotHttps] = CommonCatalogue.TransportSecure,
        [OidcErrorCodes.DiscoveryInvalid] = OidcCatalogue.MetadataWellFormed,
        [OidcErrorCodes.DiscoveryIssuerMismatch] = OidcCatalogue.IssuerMatches,
        [OidcErrorCodes.StateMissing] = OidcCatalogue.State,
        [OidcErrorCodes.StateMismatch] = OidcCatalogue.State,
        [OidcErrorCodes.IssMissing] = OidcCatalogue.IssParameter,
        [OidcErrorCodes.IssMismatch] = OidcCatalogue.IssParameter,
        [OidcErrorCodes.IdTokenAlgNone] = OidcCatalogue.Algorithms,
        [OidcErrorCodes.IdTokenAlgNotAllowed] = OidcCatalogue.Algorithms,
        [OidcErrorCodes.IdTokenCritUnsupported] = OidcCatalogue.Algorithms,
        [OidcErrorCodes.IdTokenUnknownKid] = OidcCatalogue.Signed,
        [OidcErrorCodes.IdTokenKidRequired] = OidcCatalogue.Signed,
        [OidcErrorCodes.IdTokenNoKeyForAlg] = OidcCatalogue.Signed,
        [OidcErrorCodes.IdTokenKeyAlgMismatch] = OidcCatalogue.Signed,
        [OidcErrorCodes.IdTokenSignatureInvalid] = OidcCatalogue.Signed,
        [OidcErrorCodes.IdTokenIssuerInvalid] = OidcCatalogue.Issuer,
        [OidcErrorCodes.IdTokenAudienceInvalid] = OidcCatalogue.Audience,
        [OidcErrorCodes.IdTokenAzpMissing] = OidcCatalogue.Audience,
        [OidcErrorCodes.IdTokenAzpInvalid] = OidcCatalogue.Audience,
        [OidcErrorCodes.IdTokenExpMissing] = OidcCatalogue.Validity,
        [OidcErrorCodes.IdTokenExpired] = OidcCatalogue.Validity,
        [OidcErrorCodes.IdTokenIatMissing] = OidcCatalogue.Validity,
        [OidcErrorCodes.IdTokenIatInFuture] = OidcCatalogue.Validity,
        [OidcErrorCodes.IdTokenIatTooOld] = OidcCatalogue.Validity,
        [OidcErrorCodes.IdTokenNonceMissing] = OidcCatalogue.Nonce,
        [OidcErrorCodes.IdTokenNonceMismatch] = OidcCatalogue.Nonce,
        [OidcErrorCodes.IdTokenSubMissing] = OidcCatalogue.SubjectStable,
        [SubjectMissingCode] = OidcCatalogue.SubjectStable,
        [OidcErrorCodes.UserinfoSubMissing] = OidcCatalogue.SubjectStable,
        [OidcErrorCodes.UserinfoSubMismatch] = OidcCatalogue.SubjectStable,
    };

    /// <summary>
    /// The specific check that judges <paramref name="error"/>, or null (LOGIN-01 then judges it). A level the account
    /// could not reach, refused by the provider or by the hub, is LOA-02's: the account's expected level is wrong.
    /// </summary>
    public static CheckDefinition? OwnerOf(ProviderProtocol protocol, AdapterError error)
    {
        if (error.Kind == AdapterErrorKind.LevelNotMet)
        {
            return CommonCatalogue.LevelExpected;
        }
        var own = protocol == ProviderProtocol.Saml2 ? Saml : Oidc;
        return own.GetValueOrDefault(error.Code) ?? Common.GetValueOrDefault(error.Code);
    }
}
