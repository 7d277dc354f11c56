using Hub.Adapters.Abstractions;
using Hub.Adapters.Saml2.Model;

namespace Hub.Adapters.Saml2.Validation.Rules;

/// <summary>Only solicited responses: InResponseTo must be the ID of the AuthnRequest of this flow.</summary>
internal sealed class ResponseInResponseToRule : ISaml2ResponseRule
{
    public AdapterError? Check(Saml2Response response, Saml2RuleContext context)
        => string.Equals(response.InResponseTo, context.Parameters.ExpectedInResponseTo, StringComparison.Ordinal)
            ? null
            : Saml2Error.Reject(Saml2ErrorCodes.InResponseTo, "The Response does not answer this flow's AuthnRequest.");
}
