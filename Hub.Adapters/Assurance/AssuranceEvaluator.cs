using Hub.Adapters.Abstractions;
using Hub.Adapters.Identity;
using Hub.TrustList.Model;

namespace Hub.Adapters.Assurance;

/// <summary>
/// The asserted level of one login:
/// <list type="number">
/// <item>each authentication-context value (SAML AuthnContextClassRef, OIDC acr) is read as a hub URI, an eIDAS URI,
/// or the provider's own value from its profile; unknown values are reported and ignored;</item>
/// <item>the level is the lowest recognised value, and D when none is recognised;</item>
/// <item>if the provider sent amr values its profile knows, the level is capped at the strongest method used:
/// identity proofing at A does not make a password login A.</item>
/// </list>
/// The trust-list cap and the RP's requirement are applied by the translator.
/// </summary>
internal sealed class AssuranceEvaluator : IAssuranceEvaluator
{
    private const string Claim = "acr";

    public AssuranceOutcome Evaluate(ProviderAssertion assertion, AssuranceSignals signals)
    {
        var warnings = new List<MappingWarning>();
        LevelOfAssurance? level = null;
        foreach (var value in assertion.AuthnContext)
        {
            var recognised = RegionalLoa.FromUri(value) ?? EidasLoa.FromUri(value)
                ?? (signals.AuthnContext.TryGetValue(value, out var declared) ? declared : null);
            if (recognised is null)
            {
                warnings.Add(new MappingWarning(Claim, "authn_context", "assurance.unknown_evidence",
                    $"The authentication context '{Printable(value)}' is not known for this provider."));
                continue;
            }
            level = level is null || recognised < level ? recognised : level;
        }
        if (level is null)
        {
            warnings.Add(new MappingWarning(Claim, "authn_context", "assurance.no_evidence",
                "No recognised authentication context; the login counts as level D."));
            return new AssuranceOutcome(LevelOfAssurance.D, warnings);
        }
        LevelOfAssurance? strongestMethod = null;
        foreach (var method in assertion.Amr)
        {
            if (signals.Amr.TryGetValue(method, out var methodLevel) && (strongestMethod is null || methodLevel > strongestMethod))
            {
                strongestMethod = methodLevel;
            }
        }
        if (strongestMethod is { } cap && cap < level)
        {
            level = cap;
        }
        return new AssuranceOutcome(level.Value, warnings);
    }

    // Context values are provider vocabulary, not personal data; still, keep logs to a bounded, printable form.
    private static string Printable(string value)
    {
        var clipped = value.Length > 100 ? value[..100] : value;
        return new string(clipped.Select(c => char.IsControl(c) ? '?' : c).ToArray());
    }
}
