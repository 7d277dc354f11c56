using Hub.Adapters.Abstractions;
using Hub.Adapters.Identity;
using Hub.TrustList.Common;
using Hub.TrustList.Model;

namespace Hub.Adapters.Tests.Oidc.Support;

/// <summary>Stands in for the mapping step: records what the adapter hands over and echoes it as an identity.</summary>
internal sealed class FakeAssertionTranslator : IAssertionTranslator
{
    public ProviderAssertion? LastAssertion { get; private set; }

    public Result<InternalIdentity, AdapterError> Translate(ProviderAssertion assertion, IdentityProviderEntry provider, PendingAuthentication pending)
    {
        LastAssertion = assertion;
        var email = assertion.Attributes.TryGetValue("email", out var values) ? values[0] : null;
        return Result<InternalIdentity, AdapterError>.Ok(new InternalIdentity(
            provider.Id, pending.BrandId, assertion.Subject, LevelOfAssurance.B, LevelOfAssurance.B, assertion.AuthTime,
            assertion.Amr, CommonAttributes.Empty with { Email = email }, []));
    }
}
