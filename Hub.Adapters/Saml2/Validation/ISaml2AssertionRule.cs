using Hub.Adapters.Abstractions;
using Hub.Adapters.Saml2.Model;

namespace Hub.Adapters.Saml2.Validation;

/// <summary>One check on the signed Assertion. Null means the rule is satisfied.</summary>
internal interface ISaml2AssertionRule
{
    AdapterError? Check(Saml2Assertion assertion, Saml2RuleContext context);
}
