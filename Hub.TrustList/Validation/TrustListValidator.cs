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

    /// <summary>The rules with a part that checks each relying party alone.</summary>
    internal static IRelyingPartyRule[] RelyingPartyRules { get; } = Rules.OfType<IRelyingPartyRule>().ToArray();

    public static IReadOnlyList<TrustListError> Validate(TrustListDocument document) => Validate(document, listsMayHoldNulls: true);

    /// <param name="document">The list.</param>
    /// <param name="listsMayHoldNulls">False for a model from the verifier's reader, which refuses a null in any list.</param>
    /// <param name="checkedWhileRead">The RP checks the reader already ran, if complete; the same errors, in the same order, result.</param>
    internal static IReadOnlyList<TrustListError> Validate(TrustListDocument document, bool listsMayHoldNulls, RelyingPartyChecks? checkedWhileRead = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        // Null list elements first: the other rules assume there are none.
        var nulls = listsMayHoldNulls ? new NullEntryRule().Check(document).ToList() : [];
        if (nulls.Count > 0)
        {
            return nulls;
        }
        // The rules are independent and stateless: on a list with 100,000 entries they run on all cores.
        var found = new List<TrustListError>[Rules.Length];
        var relyingPartiesChecked = checkedWhileRead is { Complete: true };
        Parallel.For(0, Rules.Length, i => found[i] = relyingPartiesChecked && Rules[i] is IRelyingPartyRule rule
            ? [.. rule.CheckAllButRelyingParties(document), .. checkedWhileRead!.ErrorsOf(rule)]
            : Rules[i].Check(document).ToList());
        return found.SelectMany(e => e).ToList();
    }
}
