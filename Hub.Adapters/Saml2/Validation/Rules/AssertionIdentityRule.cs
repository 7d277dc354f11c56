using System.Xml;
using Hub.Adapters.Abstractions;
using Hub.Adapters.Saml2.Model;

namespace Hub.Adapters.Saml2.Validation.Rules;

/// <summary>Version 2.0 and an NCName ID (the replay cache key).</summary>
internal sealed class AssertionIdentityRule : ISaml2AssertionRule
{
    public AdapterError? Check(Saml2Assertion assertion, Saml2RuleContext context)
    {
        if (assertion.Version != Saml2Constants.Version)
        {
            return Saml2Error.Reject(Saml2ErrorCodes.Version, "The Assertion is not SAML 2.0.");
        }
        if (string.IsNullOrEmpty(assertion.Id) || !IsNcName(assertion.Id))
        {
            return Saml2Error.Reject(Saml2ErrorCodes.AssertionId, "The Assertion ID is missing or not an NCName.");
        }
        return null;
    }

    private static bool IsNcName(string value)
    {
        try
        {
            return XmlConvert.VerifyNCName(value).Length == value.Length;
        }
        catch (XmlException)
        {
            return false;
        }
    }
}
