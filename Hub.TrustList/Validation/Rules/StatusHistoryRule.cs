using Hub.TrustList.Model;
using Hub.TrustList.Verification;
using static Hub.TrustList.Verification.TrustListErrorCodes;

namespace Hub.TrustList.Validation.Rules;

/// <summary>Every provider, brand and RP has a status history: not empty, in time order, each change with a reason.</summary>
internal sealed class StatusHistoryRule : IRelyingPartyRule
{
    public IEnumerable<TrustListError> CheckAllButRelyingParties(TrustListDocument document)
    {
        var errors = new List<TrustListError>();
        foreach (var p in document.IdentityProviders)
        {
            Check(errors, p.StatusHistory, document.IssuedAt, () => Where.Provider(p));
            foreach (var b in p.Brands)
            {
                Check(errors, b.StatusHistory, document.IssuedAt, () => Where.Brand(p, b));
            }
        }
        return errors;
    }

    public void CheckRelyingParty(RelyingPartyEntry relyingParty, DateTimeOffset issuedAt, List<TrustListError> errors)
    {
        // Checked without allocating first: on 100,000 entries, the location is built only when there is an error.
        if (!IsSound(relyingParty.StatusHistory, issuedAt))
        {
            Report(errors, relyingParty, issuedAt);
        }
    }

    private static void Report(List<TrustListError> errors, RelyingPartyEntry r, DateTimeOffset issuedAt)
        => Check(errors, r.StatusHistory, issuedAt, () => Where.RelyingParty(r));

    private static bool IsSound(IReadOnlyList<StatusChange> history, DateTimeOffset issuedAt)
    {
        if (history.Count == 0 || history[^1].Since > issuedAt)
        {
            return false;
        }
        for (var i = 0; i < history.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(history[i].Reason) || (i > 0 && history[i].Since < history[i - 1].Since))
            {
                return false;
            }
        }
        return true;
    }

    private static void Check(List<TrustListError> errors, IReadOnlyList<StatusChange> history, DateTimeOffset issuedAt, Func<string> owner)
    {
        if (history.Count == 0)
        {
            errors.Add(new(StatusHistory, $"{owner()}.status_history is empty; the last entry is the current status."));
            return;
        }
        for (var i = 0; i < history.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(history[i].Reason))
            {
                errors.Add(new(StatusHistory, $"{owner()}.status_history[{i}] has no reason."));
            }
            if (i > 0 && history[i].Since < history[i - 1].Since)
            {
                errors.Add(new(StatusHistory, $"{owner()}.status_history[{i}] is earlier than the entry before it."));
            }
        }
        if (history[^1].Since > issuedAt)
        {
            errors.Add(new(StatusHistory, $"{owner()}: the current status takes effect after issued_at ({history[^1].Since:O})."));
        }
    }
}
