using Hub.Adapters.Abstractions;
using Hub.Adapters.Saml2.Model;

namespace Hub.Adapters.Saml2.Validation.Rules;

/// <summary>The Assertion Issuer is required and must be the provider's pinned entity ID.</summary>
internal sealed class AssertionIssuerRule : ISaml2AssertionRule
{
    public AdapterError? Check(Saml2Assertion assertion, Saml2RuleContext context)
        => string.Equals(assertion.Issuer, context.Parameters.ExpectedIssuer, StringComparison.Ordinal)
            ? null
            : Saml2Error.Reject(Saml2ErrorCodes.Issuer, "The Assertion Issuer is missing or not the provider's entity ID.");
}
