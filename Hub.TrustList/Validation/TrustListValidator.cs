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
        // Null list elements first: the other rules assume there are none.
        var errors = new NullEntryRule().Check(document).ToList();
        if (errors.Count > 0)
        {
            return errors;
        }
        // The rules are independent and stateless: on a list with 100,000 entries they run on all cores.
        var found = new List<TrustListError>[Rules.Length];
        Parallel.For(0, Rules.Length, i => found[i] = Rules[i].Check(document).ToList());
        return found.SelectMany(e => e).ToList();
    }
}
