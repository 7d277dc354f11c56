using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Gateway.OpenIdProvider.Hosting.Dispatching;

/// <summary>
/// The handler descriptors of <see cref="OpenIddictServerOptions.Handlers"/> grouped by context type, built once per
/// context type (singleton) instead of scanning the whole sorted list at every event. A set is rebuilt when the
/// options hand out another list, or when the list's length changed (OpenIddict sorts it once when the options are
/// built and does not change it afterwards).
/// </summary>
public sealed class ServerHandlerTable(IOptionsMonitor<OpenIddictServerOptions> options)
{
    private readonly ConcurrentDictionary<Type, object> _sets = new();

    public ServerHandlerEntry<TContext>[] For<TContext>() where TContext : BaseContext
    {
        var handlers = options.CurrentValue.Handlers;
        if (_sets.TryGetValue(typeof(TContext), out var cached) && cached is ServerHandlerSet<TContext> set && set.IsTakenFrom(handlers))
        {
            return set.Entries;
        }
        var fresh = ServerHandlerSet<TContext>.From(handlers);
        _sets[typeof(TContext)] = fresh;
        return fresh.Entries;
    }
}
