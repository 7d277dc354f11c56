using Hub.Adapters.Abstractions;
using Hub.Adapters.Saml2.Model;

namespace Hub.Adapters.Saml2.Validation.Rules;

/// <summary>
/// Web SSO profile §4.1.4.2: at least one bearer SubjectConfirmation whose data names our ACS as Recipient,
/// answers this flow's request, has a NotOnOrAfter in the future (with skew) and no NotBefore in the future.
/// When no bearer confirmation is acceptable, the first bearer's failure is reported.
/// </summary>
internal sealed class BearerConfirmationRule : ISaml2AssertionRule
{
    public AdapterError? Check(Saml2Assertion assertion, Saml2RuleContext context)
    {
        var bearers = (assertion.Subject?.Confirmations ?? [])
            .Where(c => c.Method == Saml2Constants.BearerConfirmationMethod)
            .ToList();
        if (bearers.Count == 0)
        {
            return Saml2Error.Reject(Saml2ErrorCodes.SubjectConfirmation, "The Assertion has no bearer SubjectConfirmation.");
        }
        AdapterError? first = null;
        foreach (var bearer in bearers)
        {
            var error = CheckOne(bearer, context);
            if (error is null)
            {
                return null;
            }
            first ??= error;
        }
        return first;
    }

    private static AdapterError? CheckOne(Saml2SubjectConfirmation bearer, Saml2RuleContext context)
    {
        var parameters = context.Parameters;
        if (!string.Equals(bearer.Recipient, parameters.AssertionConsumerServiceUrl, StringComparison.Ordinal))
        {
            return Saml2Error.Reject(Saml2ErrorCodes.Recipient, "The bearer Recipient is missing or not our ACS URL.");
        }
        if (!string.Equals(bearer.InResponseTo, parameters.ExpectedInResponseTo, StringComparison.Ordinal))
        {
            return Saml2Error.Reject(Saml2ErrorCodes.InResponseTo, "The bearer confirmation does not answer this flow's request.");
        }
        if (bearer.NotOnOrAfter is not { } notOnOrAfter)
        {
            return Saml2Error.Reject(Saml2ErrorCodes.SubjectConfirmation, "The bearer confirmation has no NotOnOrAfter.");
        }
        if (notOnOrAfter <= context.Now - context.Skew)
        {
            return Saml2Error.Reject(Saml2ErrorCodes.Expired, "The bearer confirmation has expired.");
        }
        if (bearer.NotBefore is { } notBefore && notBefore > context.Now + context.Skew)
        {
            return Saml2Error.Reject(Saml2ErrorCodes.NotYetValid, "The bearer confirmation is not yet valid.");
        }
        return null;
    }
}
