using Hub.TrustList.Model;
using Hub.TrustList.Verification;
using static Hub.TrustList.Verification.TrustListErrorCodes;

namespace Hub.TrustList.Validation.Rules;

/// <summary>Every provider, brand and RP has a status history: not empty, in time order, each change with a reason.</summary>
internal sealed class StatusHistoryRule : ITrustListRule
{
    public IEnumerable<TrustListError> Check(TrustListDocument document)
    {
        var histories = document.IdentityProviders.SelectMany(p =>
                p.Brands.Select(b => (Where: Where.Brand(p, b), b.StatusHistory)).Prepend((Where.Provider(p), p.StatusHistory)))
            .Concat(document.RelyingParties.Select(r => (Where: Where.RelyingParty(r), r.StatusHistory)));
        foreach (var (where, history) in histories)
        {
            if (history.Count == 0)
            {
                yield return new(StatusHistory, $"{where}.status_history is empty; the last entry is the current status.");
                continue;
            }
            for (var i = 0; i < history.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(history[i].Reason))
                {
                    yield return new(StatusHistory, $"{where}.status_history[{i}] has no reason.");
                }
                if (i > 0 && history[i].Since < history[i - 1].Since)
                {
                    yield return new(StatusHistory, $"{where}.status_history[{i}] is earlier than the entry before it.");
                }
            }
            if (history[^1].Since > document.IssuedAt)
            {
                yield return new(StatusHistory, $"{where}: the current status takes effect after issued_at ({history[^1].Since:O}).");
            }
        }
    }
}
