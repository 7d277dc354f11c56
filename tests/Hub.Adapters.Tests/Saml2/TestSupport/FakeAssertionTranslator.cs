using Hub.Adapters.Abstractions;
using Hub.Adapters.Identity;
using Hub.TrustList.Common;
using Hub.TrustList.Model;

namespace Hub.Adapters.Tests.Saml2.TestSupport;

/// <summary>Records what it was given and returns a minimal identity (the real mapping is tested elsewhere).</summary>
internal sealed class FakeAssertionTranslator : IAssertionTranslator
{
    public ProviderAssertion? Received { get; private set; }

    public Result<InternalIdentity, AdapterError> Translate(
        ProviderAssertion assertion, IdentityProviderEntry provider, PendingAuthentication pending)
    {
        Received = assertion;
        return Result<InternalIdentity, AdapterError>.Ok(new InternalIdentity(
            provider.Id, pending.BrandId, assertion.Subject, LevelOfAssurance.B, LevelOfAssurance.B,
            assertion.AuthTime, assertion.Amr, CommonAttributes.Empty, []));
    }
}
