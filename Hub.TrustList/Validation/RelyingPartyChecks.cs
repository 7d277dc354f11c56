using Hub.TrustList.Model;
using Hub.TrustList.Verification;

namespace Hub.TrustList.Validation;

/// <summary>
/// The relying-party parts of the rules (<see cref="IRelyingPartyRule"/>), run by the verifier's reader on each RP
/// as it is read. <see cref="TrustListValidator"/> then merges their findings with the rest of each rule, in the
/// same order as a validation of the whole list. If an RP came before <c>issued_at</c> in the document, the checks
/// are incomplete and the validator checks the RPs itself.
/// </summary>
internal sealed class RelyingPartyChecks
{
    private readonly IRelyingPartyRule[] _rules = TrustListValidator.RelyingPartyRules;
    private readonly List<TrustListError>[] _errors;

    public RelyingPartyChecks()
    {
        _errors = new List<TrustListError>[_rules.Length];
        for (var i = 0; i < _errors.Length; i++)
        {
            _errors[i] = [];
        }
    }

    /// <summary>Every RP was checked.</summary>
    public bool Complete { get; private set; } = true;

    public void Check(RelyingPartyEntry relyingParty, DateTimeOffset issuedAt)
    {
        for (var i = 0; i < _rules.Length; i++)
        {
            _rules[i].CheckRelyingParty(relyingParty, issuedAt, _errors[i]);
        }
    }

    /// <summary>An RP that could not be checked on the way (its list's <c>issued_at</c> was not read yet).</summary>
    public void Missed() => Complete = false;

    public IReadOnlyList<TrustListError> ErrorsOf(IRelyingPartyRule rule) => _errors[Array.IndexOf(_rules, rule)];
}
