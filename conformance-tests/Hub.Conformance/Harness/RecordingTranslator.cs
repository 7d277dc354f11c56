using Hub.Adapters.Abstractions;
using Hub.Adapters.Identity;
using Hub.TrustList.Common;
using Hub.TrustList.Model;

namespace Hub.Conformance.Harness;

/// <summary>
/// Wraps the hub's own translator: records the provider assertion (attribute names and raw values, before mapping)
/// for the attribute checks, then translates exactly as the hub does.
/// </summary>
internal sealed class RecordingTranslator(IAssertionTranslator inner) : IAssertionTranslator
{
    public Result<InternalIdentity, AdapterError> Translate(ProviderAssertion assertion, IdentityProviderEntry provider, PendingAuthentication pending)
    {
        if (FlowContext.Current is { } flow)
        {
            flow.Assertion = assertion;
        }
        return inner.Translate(assertion, provider, pending);
    }
}
