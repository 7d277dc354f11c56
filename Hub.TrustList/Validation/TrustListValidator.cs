using Hub.TrustList.Model;
using Hub.TrustList.Validation.Rules;
using Hub.TrustList.Verification;

namespace Hub.TrustList.Validation;

/// <summary>
/// The structural rules of a trust list (docs/trustlist.md, "Structural rules"). The verifier applies them after the
/// signature; the CLI applies them before signing. An empty result means the list is structurally sound.
/// </summary>
public static class TrustListValidator
{
    private static readonly ITrustListRule[] Rules =
    [
        new DocumentRule(),
        new EnumValueRule(),
        new IdentifierRule(),
        new UniqueIdRule(),
        new TextRule(),
        new RegionRule(),
        new StatusHistoryRule(),
        new ProtocolMetadataRule(),
        new CertificateRule(),
        new PublicKeyRule(),
        new AssuranceRule(),
        new RedirectUriRule(),
        new ClientAuthenticationRule(),
        new ClaimRule(),
    ];

    public static IReadOnlyList<TrustListError> Validate(TrustListDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var errors = new List<TrustListError>();
        foreach (var rule in Rules)
        {
            errors.AddRange(rule.Check(document));
        }
        return errors;
    }
}
