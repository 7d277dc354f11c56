using Hub.Adapters.Abstractions;
using Hub.Adapters.Saml2.Model;
using Hub.Adapters.Saml2.Validation;

namespace Hub.Adapters.Saml2;

/// <summary>
/// Turns a validated SAML assertion into the protocol-neutral <see cref="ProviderAssertion"/>: NameID as subject,
/// AuthnInstant, the AuthnContextClassRef, amr from the first configured amr attribute present, and every
/// attribute's values (still in the provider's names and formats: translation happens next).
/// </summary>
internal static class Saml2ProviderAssertionFactory
{
    public static ProviderAssertion Create(Valid<Saml2Assertion> valid, string providerId, IReadOnlyList<string> amrAttributeNames)
    {
        var assertion = valid.Value;
        var statement = assertion.AuthnStatements[0];
        IReadOnlyList<string> amr = [];
        foreach (var name in amrAttributeNames)
        {
            if (assertion.Attributes.TryGetValue(name, out var values))
            {
                amr = values;
                break;
            }
        }
        return new ProviderAssertion(
            providerId,
            assertion.Subject!.NameId!,
            statement.AuthnInstant!.Value,
            [statement.AuthnContextClassRef!],
            amr,
            assertion.Attributes);
    }
}
