using Hub.Adapters.Abstractions;
using Hub.Adapters.Saml2.Model;

namespace Hub.Adapters.Saml2.Validation;

/// <summary>One check on the Response envelope. Null means the rule is satisfied.</summary>
internal interface ISaml2ResponseRule
{
    AdapterError? Check(Saml2Response response, Saml2RuleContext context);
}
