using Hub.Conformance.Checks.Evaluators;
using Hub.TrustList.Conformance;

namespace Hub.Conformance.Checks;

/// <summary>Runs every evaluator and returns the checks in the report's order (metadata, login, attributes, errors, replay, operations).</summary>
internal static class CheckEvaluator
{
    public static IReadOnlyList<ConformanceCheck> Evaluate(Evaluation e, ConformanceTiming? timing)
    {
        var checks = new List<ConformanceCheck>();
        checks.AddRange(MetadataChecks.Evaluate(e));
        checks.Add(TransportCheck.Evaluate(e));
        checks.AddRange(MetadataMatchChecks.Evaluate(e));
        checks.Add(MappingCheck.Evaluate(e));
        checks.AddRange(LoginChecks.Evaluate(e));
        checks.AddRange(SubjectChecks.Evaluate(e));
        checks.AddRange(AttributeChecks.Evaluate(e));
        checks.AddRange(AssuranceChecks.Evaluate(e));
        checks.AddRange(ErrorFlowChecks.Evaluate(e));
        checks.AddRange(ReplayAndTimeChecks.Evaluate(e));
        checks.Add(TimingCheck.Evaluate(timing));
        return checks.OrderBy(c => Order(c.Id)).ToList(); // stable: within a group, the order above
    }

    private static int Order(string id) => id.Split('-')[0] switch
    {
        "META" => 0,
        "MAP" => 1,
        "LOGIN" => 2,
        "SAML" or "OIDC" when id.Contains("-REQ-", StringComparison.Ordinal) || id.Contains("-CODE-", StringComparison.Ordinal)
                             || id.Contains("-PKCE-", StringComparison.Ordinal) || id.Contains("-ID-", StringComparison.Ordinal) => 8,
        "SAML" or "OIDC" => 3,
        "SUB" => 4,
        "ATTR" => 5,
        "LOA" => 6,
        "ERR" => 7,
        _ => 9,
    };
}
