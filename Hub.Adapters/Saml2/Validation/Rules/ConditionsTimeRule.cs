using Hub.Adapters.Abstractions;
using Hub.Adapters.Saml2.Model;

namespace Hub.Adapters.Saml2.Validation.Rules;

/// <summary>Conditions NotBefore / NotOnOrAfter, each widened by the configured clock skew.</summary>
internal sealed class ConditionsTimeRule : ISaml2AssertionRule
{
    public AdapterError? Check(Saml2Assertion assertion, Saml2RuleContext context)
    {
        var conditions = assertion.Conditions;
        if (conditions?.NotBefore is { } notBefore && notBefore > context.Now + context.Skew)
        {
            return Saml2Error.Reject(Saml2ErrorCodes.NotYetValid, "The Assertion is not yet valid (Conditions NotBefore).");
        }
        if (conditions?.NotOnOrAfter is { } notOnOrAfter && notOnOrAfter <= context.Now - context.Skew)
        {
            return Saml2Error.Reject(Saml2ErrorCodes.Expired, "The Assertion has expired (Conditions NotOnOrAfter).");
        }
        return null;
    }
}
