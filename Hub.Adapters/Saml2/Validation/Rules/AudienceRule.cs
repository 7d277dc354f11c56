using Hub.Adapters.Abstractions;
using Hub.Adapters.Saml2.Model;

namespace Hub.Adapters.Saml2.Validation.Rules;

/// <summary>
/// At least one AudienceRestriction, and our SP entity ID in every one of them (saml-core §2.5.1.4: the
/// restrictions are a conjunction).
/// </summary>
internal sealed class AudienceRule : ISaml2AssertionRule
{
    public AdapterError? Check(Saml2Assertion assertion, Saml2RuleContext context)
    {
        var restrictions = assertion.Conditions?.AudienceRestrictions ?? [];
        if (restrictions.Count == 0)
        {
            return Saml2Error.Reject(Saml2ErrorCodes.Audience, "The Assertion has no AudienceRestriction.");
        }
        var sp = context.Parameters.SpEntityId;
        return restrictions.All(r => r.Contains(sp, StringComparer.Ordinal))
            ? null
            : Saml2Error.Reject(Saml2ErrorCodes.Audience, "The Assertion is not addressed to this SP.");
    }
}
