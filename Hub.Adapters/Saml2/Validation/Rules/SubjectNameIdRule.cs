using Hub.Adapters.Abstractions;
using Hub.Adapters.Saml2.Model;

namespace Hub.Adapters.Saml2.Validation.Rules;

/// <summary>
/// A persistent NameID with non-empty text: the provider subject must be stable across logins, since the hub
/// derives pairwise identifiers from it. (A transient or e-mail NameID would break that.)
/// </summary>
internal sealed class SubjectNameIdRule : ISaml2AssertionRule
{
    public AdapterError? Check(Saml2Assertion assertion, Saml2RuleContext context)
    {
        if (string.IsNullOrEmpty(assertion.Subject?.NameId))
        {
            return Saml2Error.Reject(Saml2ErrorCodes.Subject, "The Assertion has no Subject NameID.");
        }
        if (assertion.Subject.NameIdFormat != Saml2Constants.PersistentNameIdFormat)
        {
            return Saml2Error.Reject(Saml2ErrorCodes.Subject, "The NameID format is not persistent.");
        }
        return null;
    }
}
