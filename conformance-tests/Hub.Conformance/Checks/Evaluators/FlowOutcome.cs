using Hub.Adapters.Abstractions;
using Hub.Conformance.Flows;
using Hub.TrustList.Conformance;

namespace Hub.Conformance.Checks.Evaluators;

/// <summary>
/// Judges a special-purpose flow whose expected outcome is a particular rejection: pass on the expected error; fail on
/// success, on a provider that never answers, or on another error no specific check owns; skip when another check owns
/// the error (that check fails instead), or when the account cannot log in at all (LOGIN-01 fails instead).
/// </summary>
internal static class FlowOutcome
{
    public static ConformanceCheck Judge(
        CheckDefinition check,
        LoginRecord login,
        Evaluation evaluation,
        Func<AdapterError, bool> expected,
        Func<AdapterError, string?> failsThis,
        string succeeded,
        Func<AdapterError, string> passed,
        string notBack)
    {
        if (login.BeginError is { } begin)
        {
            return evaluation.Pool.IsOwned(begin) ? check.Skip(JudgedElsewhere(begin)) : check.Fail([login.Describe()]);
        }
        if (login.Completion is not { } completion)
        {
            return evaluation.Run.Logins.Any(l => l.Account == login.Account && l.ReachedHub)
                ? check.Fail([notBack, login.Attempt?.Trace ?? ""])
                : check.Skip($"{login.Account} never came back to the hub in a normal login either (see LOGIN-01)");
        }
        if (completion.Error is not { } error)
        {
            return check.Fail([succeeded]);
        }
        if (expected(error))
        {
            return check.Pass([passed(error)]);
        }
        if (failsThis(error) is { } reason)
        {
            return check.Fail([reason]);
        }
        return evaluation.Pool.IsOwned(error) ? check.Skip(JudgedElsewhere(error)) : check.Fail([login.Describe()]);
    }

    public static string JudgedElsewhere(AdapterError error) => $"the answer was rejected with {error.Code}, which another check judges";
}
