using Hub.Adapters.Abstractions;
using Hub.Adapters.Saml2.Model;

namespace Hub.Adapters.Saml2.Validation.Rules;

internal sealed class ResponseVersionRule : ISaml2ResponseRule
{
    public AdapterError? Check(Saml2Response response, Saml2RuleContext context)
        => response.Version == Saml2Constants.Version
            ? null
            : Saml2Error.Reject(Saml2ErrorCodes.Version, "The Response is not SAML 2.0.");
}
