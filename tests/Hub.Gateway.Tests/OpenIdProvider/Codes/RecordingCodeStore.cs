using System.Collections.Concurrent;
using Hub.Gateway.Stores.Abstractions;

namespace Hub.Gateway.Tests.OpenIdProvider.Codes;

/// <summary>
/// Passes every call to <paramref name="inner"/> and records it; with <paramref name="timeToLive"/> set, keeps codes
/// that long instead of their own lifetime (to show that an expired code is refused even if a store still has it).
/// </summary>
public sealed class RecordingCodeStore(IAuthorizationCodeStore inner, TimeSpan? timeToLive = null) : IAuthorizationCodeStore
{
    public ConcurrentQueue<(string Code, CodeOwner Owner, TimeSpan TimeToLive)> Stored { get; } = new();

    public ConcurrentQueue<string> Redeemed { get; } = new();

    public Task<bool> TryStoreAsync<T>(string code, T data, CodeOwner owner, TimeSpan requested, CancellationToken cancellationToken = default)
    {
        Stored.Enqueue((code, owner, requested));
        return inner.TryStoreAsync(code, data, owner, timeToLive ?? requested, cancellationToken);
    }

    public Task<CodeRedemption<T>> TryRedeemAsync<T>(string code, CancellationToken cancellationToken = default)
    {
        Redeemed.Enqueue(code);
        return inner.TryRedeemAsync<T>(code, cancellationToken);
    }
}
