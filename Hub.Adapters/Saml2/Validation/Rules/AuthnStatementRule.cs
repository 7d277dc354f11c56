using Hub.Adapters.Abstractions;
using Hub.Adapters.Saml2.Model;

namespace Hub.Adapters.Saml2.Validation.Rules;

/// <summary>
/// Exactly one AuthnStatement with an AuthnInstant (not in the future) and an AuthnContextClassRef; an expired
/// SessionNotOnOrAfter is refused.
/// </summary>
internal sealed class AuthnStatementRule : ISaml2AssertionRule
{
    public AdapterError? Check(Saml2Assertion assertion, Saml2RuleContext context)
    {
        if (assertion.AuthnStatements.Count != 1)
        {
            return Saml2Error.Reject(Saml2ErrorCodes.AuthnStatement,
                $"The Assertion has {assertion.AuthnStatements.Count} AuthnStatements; exactly one is required.");
        }
        var statement = assertion.AuthnStatements[0];
        if (statement.AuthnInstant is not { } instant)
        {
            return Saml2Error.Reject(Saml2ErrorCodes.AuthnStatement, "The AuthnStatement has no AuthnInstant.");
        }
        if (instant > context.Now + context.Skew)
        {
            return Saml2Error.Reject(Saml2ErrorCodes.AuthnStatement, "The AuthnInstant is in the future.");
        }
        if (string.IsNullOrEmpty(statement.AuthnContextClassRef))
        {
            return Saml2Error.Reject(Saml2ErrorCodes.AuthnStatement, "The AuthnStatement has no AuthnContextClassRef.");
        }
        if (statement.SessionNotOnOrAfter is { } sessionEnd && sessionEnd <= context.Now - context.Skew)
        {
            return Saml2Error.Reject(Saml2ErrorCodes.Expired, "The provider session has already ended (SessionNotOnOrAfter).");
        }
        return null;
    }
}
