using Hub.Adapters.Identity;
using Hub.TrustList.Common;
using Hub.TrustList.Model;

namespace Hub.Adapters.Abstractions;

/// <summary>
/// One protocol toward regional ID providers. Implementations are found by Scrutor scanning and keyed by
/// <see cref="Protocol"/>. Both calls check the provider's (and brand's) status in the current trust list.
/// </summary>
public interface IProviderAdapter
{
    ProviderProtocol Protocol { get; }

    Task<Result<OutgoingRequest, AdapterError>> BeginAsync(AuthenticationRequestContext context, CancellationToken cancellationToken);

    Task<Result<InternalIdentity, AdapterError>> CompleteAsync(
        ProviderCallback callback, PendingAuthentication pending, CancellationToken cancellationToken);
}
