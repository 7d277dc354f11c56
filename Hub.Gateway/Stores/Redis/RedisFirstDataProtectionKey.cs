using StackExchange.Redis;

namespace Hub.Gateway.Stores.Redis;

/// <summary>
/// On an empty Redis, lets one instance alone create the first data-protection key: instances starting together
/// otherwise each create their own (data protection writes a new key whenever its ring is empty), and for a while
/// each reads its own cookies only. The creator holds a short lock (SET NX with expiry, released by token); the
/// others wait until the key is in the list and then read it. Nothing here blocks a thread while waiting.
/// </summary>
internal sealed class RedisFirstDataProtectionKey(RedisStoreContext context)
{
    private static readonly TimeSpan LockTime = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Returns once the list holds a key: created by <paramref name="createKey"/> here, or by another instance.</summary>
    public async Task EnsureAsync(Action createKey, string instanceToken, CancellationToken cancellationToken)
    {
        var database = context.Multiplexer.GetDatabase();
        var keys = context.Keys.DataProtectionKeys;
        var creating = context.Keys.DataProtectionKeyCreation;
        while (await database.ListLengthAsync(keys).WaitAsync(cancellationToken).ConfigureAwait(false) == 0)
        {
            if (await database.LockTakeAsync(creating, instanceToken, LockTime).WaitAsync(cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    if (await database.ListLengthAsync(keys).ConfigureAwait(false) == 0)
                    {
                        createKey();
                    }
                }
                finally
                {
                    await database.LockReleaseAsync(creating, instanceToken).ConfigureAwait(false);
                }
                return;
            }
            await Task.Delay(PollInterval, context.Time, cancellationToken).ConfigureAwait(false);
        }
    }
}
