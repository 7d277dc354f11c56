using Hub.Adapters.Abstractions;
using Hub.Adapters.Identity;
using Hub.TrustList.Common;

namespace Hub.Conformance.Flows;

/// <summary>What the hub's adapter made of the provider's answer, and what the recording hooks saw on the way.</summary>
internal sealed record Completion(Result<InternalIdentity, AdapterError> Result, ProviderAssertion? Assertion, IReadOnlyList<string> IdTokens)
{
    public InternalIdentity? Identity => Result.IsSuccess ? Result.Value : null;

    public AdapterError? Error => Result.IsSuccess ? null : Result.Error;
}
