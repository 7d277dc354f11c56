using Hub.TrustList.Model;
using Hub.TrustList.Verification;
using static Hub.TrustList.Verification.TrustListErrorCodes;

namespace Hub.TrustList.Validation.Rules;

/// <summary>
/// A provider's max_loa is A, B or C: a provider that can assure nothing (D) is not accredited. An RP's min_loa is
/// A, B or C as well: an RP is accredited to receive assured identities.
/// </summary>
internal sealed class AssuranceRule : IRelyingPartyRule
{
    public IEnumerable<TrustListError> CheckAllButRelyingParties(TrustListDocument document)
    {
        foreach (var p in document.IdentityProviders.Where(p => p.MaxLoa == LevelOfAssurance.D))
        {
            yield return new(MaxLoa, $"{Where.Provider(p)}.max_loa is D; an accredited provider assures at least C.");
        }
    }

    public void CheckRelyingParty(RelyingPartyEntry relyingParty, DateTimeOffset issuedAt, List<TrustListError> errors)
    {
        if (relyingParty.MinLoa == LevelOfAssurance.D)
        {
            errors.Add(new(MinLoa, $"{Where.RelyingParty(relyingParty)}.min_loa is D; use C, B or A."));
        }
    }
}
