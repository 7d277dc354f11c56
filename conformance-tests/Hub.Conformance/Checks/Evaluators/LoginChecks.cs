using Hub.TrustList.Conformance;

namespace Hub.Conformance.Checks.Evaluators;

/// <summary>
/// LOGIN-01 and the checks that the hub's validation itself decides (signature, audience, issuer, ...): a check fails
/// when a login was rejected with a code it owns, and passes when logins were accepted and none was rejected so.
/// </summary>
internal static class LoginChecks
{
    private static readonly CheckDefinition[] SamlRules =
    [
        SamlCatalogue.Signed, SamlCatalogue.Algorithms, SamlCatalogue.Audience, SamlCatalogue.Recipient, SamlCatalogue.InResponseTo,
        SamlCatalogue.Issuer,
    ];

    private static readonly CheckDefinition[] OidcRules =
    [
        OidcCatalogue.Signed, OidcCatalogue.Algorithms, OidcCatalogue.Issuer, OidcCatalogue.IssParameter, OidcCatalogue.Audience,
        OidcCatalogue.Nonce, OidcCatalogue.State,
    ];

    public static IEnumerable<ConformanceCheck> Evaluate(Evaluation e)
    {
        var accepted = e.Run.Successful.Count();
        var seen = $"{accepted} of {e.Run.Logins.Count} normal logins accepted by the hub's validation";
        var login = e.IsSaml ? SamlCatalogue.LoginCompletes : OidcCatalogue.LoginCompletes;
        yield return e.Pool.Residual.Count > 0
            ? login.Fail(e.Pool.Residual)
            : login.Pass(accepted == e.Run.Logins.Count ? [seen] : [seen, "the others were rejected for reasons judged by the failed checks"]);
        foreach (var rule in e.IsSaml ? SamlRules : OidcRules)
        {
            var owned = e.Pool.For(rule);
            yield return owned.Count > 0 ? rule.Fail(owned)
                : accepted == 0 ? rule.Skip(Evaluation.NoLogin)
                : rule.Pass([seen]);
        }
    }
}
