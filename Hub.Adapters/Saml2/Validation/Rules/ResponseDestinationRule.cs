using Hub.Adapters.Abstractions;
using Hub.Adapters.Saml2.Model;

namespace Hub.Adapters.Saml2.Validation.Rules;

/// <summary>Destination is required and must be our ACS URL exactly (saml-bindings §3.5.5.2).</summary>
internal sealed class ResponseDestinationRule : ISaml2ResponseRule
{
    public AdapterError? Check(Saml2Response response, Saml2RuleContext context)
        => string.Equals(response.Destination, context.Parameters.AssertionConsumerServiceUrl, StringComparison.Ordinal)
            ? null
            : Saml2Error.Reject(Saml2ErrorCodes.Destination, "The Response Destination is missing or is not our ACS URL.");
}
