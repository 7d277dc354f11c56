using Hub.Adapters.Abstractions;
using Hub.Adapters.Saml2.Model;

namespace Hub.Adapters.Saml2.Validation.Rules;

/// <summary>The Response Issuer is optional, but when present it must be the provider's pinned entity ID.</summary>
internal sealed class ResponseIssuerRule : ISaml2ResponseRule
{
    public AdapterError? Check(Saml2Response response, Saml2RuleContext context)
        => response.Issuer is null || string.Equals(response.Issuer, context.Parameters.ExpectedIssuer, StringComparison.Ordinal)
            ? null
            : Saml2Error.Reject(Saml2ErrorCodes.Issuer, "The Response Issuer is not the provider's entity ID.");
}
