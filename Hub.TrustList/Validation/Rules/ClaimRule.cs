using Hub.TrustList.Model;
using Hub.TrustList.Verification;
using static Hub.TrustList.Verification.TrustListErrorCodes;

namespace Hub.TrustList.Validation.Rules;

/// <summary>
/// Provider attributes and RP allowed claims are names of the common schema (<see cref="CommonSchemaClaims"/>), each
/// once; every claim an RP may request has a purpose in ja and en, shown on the consent page.
/// </summary>
internal sealed class ClaimRule : ITrustListRule
{
    public IEnumerable<TrustListError> Check(TrustListDocument document)
    {
        foreach (var p in document.IdentityProviders)
        {
            foreach (var e in Names($"{Where.Provider(p)}.attributes", p.Attributes)) yield return e;
        }
        foreach (var r in document.RelyingParties)
        {
            var where = $"{Where.RelyingParty(r)}.allowed_claims";
            foreach (var e in Names(where, r.AllowedClaims.Select(c => c.Claim).ToList())) yield return e;
            foreach (var c in r.AllowedClaims.Where(c => string.IsNullOrWhiteSpace(c.Purpose?.Ja) || string.IsNullOrWhiteSpace(c.Purpose?.En)))
            {
                yield return new(Claim, $"{where}[{c.Claim}]: a purpose in both ja and en is required.");
            }
        }
    }

    private static IEnumerable<TrustListError> Names(string where, IReadOnlyList<string> names)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (!CommonSchemaClaims.Names.Contains(name))
            {
                yield return new(Claim, $"{where}: '{name}' is not a claim of the common schema.");
            }
            else if (!seen.Add(name))
            {
                yield return new(Claim, $"{where}: '{name}' is listed twice.");
            }
        }
    }
}
