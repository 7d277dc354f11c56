using Hub.TrustList.Model;
using Hub.TrustList.Verification;

namespace Hub.TrustList.Validation;

/// <summary>
/// A rule whose check of a relying party looks at that RP alone (and at the list's <c>issued_at</c>). The verifier
/// runs that part on each RP as soon as it is read, while its objects are still in the CPU cache
/// (<see cref="RelyingPartyChecks"/>). <see cref="ITrustListRule.Check"/> runs both parts in the rule's order of
/// report: the rest of the list, then the RPs.
/// </summary>
internal interface IRelyingPartyRule : ITrustListRule
{
    /// <summary>Everything the rule checks but the relying parties.</summary>
    IEnumerable<TrustListError> CheckAllButRelyingParties(TrustListDocument document);

    void CheckRelyingParty(RelyingPartyEntry relyingParty, DateTimeOffset issuedAt, List<TrustListError> errors);

    IEnumerable<TrustListError> ITrustListRule.Check(TrustListDocument document)
    {
        var errors = CheckAllButRelyingParties(document).ToList();
        foreach (var relyingParty in document.RelyingParties)
        {
            CheckRelyingParty(relyingParty, document.IssuedAt, errors);
        }
        return errors;
    }
}
