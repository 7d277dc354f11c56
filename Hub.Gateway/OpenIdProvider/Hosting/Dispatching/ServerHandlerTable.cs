using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Gateway.OpenIdProvider.Hosting.Dispatching;

/// <summary>
/// The handler descriptors of <see cref="OpenIddictServerOptions.Handlers"/> grouped by context type, built once per
/// context type (singleton) instead of scanning the whole sorted list at every event. A group is rebuilt when the
/// options hand out another list, or when the list's length changed (OpenIddict sorts it once when the options are
/// built and does not change it afterwards).
/// </summary>
public sealed class ServerHandlerTable(IOptionsMonitor<OpenIddictServerOptions> options, ServiceLifetimes? lifetimes = null)
{
    private readonly ConcurrentDictionary<Type, Group> _groups = new();

    public ServerHandlerEntry<TContext>[] For<TContext>() where TContext : BaseContext
    {
        var handlers = options.CurrentValue.Handlers;
        if (_groups.TryGetValue(typeof(TContext), out var group) && ReferenceEquals(group.Source, handlers) && group.Count == handlers.Count)
        {
            return (ServerHandlerEntry<TContext>[])group.Entries;
        }
        ServerHandlerEntry<TContext>[] entries =
            [.. handlers.Where(d => d.ContextType == typeof(TContext)).Select(d => new ServerHandlerEntry<TContext>(d, lifetimes))];
        _groups[typeof(TContext)] = new Group(handlers, handlers.Count, entries);
        return entries;
    }

    /// <summary>The entries of one context type and the list (and its length) they were taken from.</summary>
    private sealed record Group(List<OpenIddictServerHandlerDescriptor> Source, int Count, Array Entries);
}
