using Hub.Adapters.Identity;
using Hub.TrustList.Common;
using Hub.TrustList.Model;

namespace Hub.Adapters.Abstractions;

/// <summary>
/// Turns a validated provider assertion into the internal identity: attribute mapping through the provider's
/// declarative profile, assurance evaluation and the trust-list cap. Shared by every protocol adapter.
/// </summary>
internal interface IAssertionTranslator
{
    Result<InternalIdentity, AdapterError> Translate(
        ProviderAssertion assertion, IdentityProviderEntry provider, PendingAuthentication pending);
}
