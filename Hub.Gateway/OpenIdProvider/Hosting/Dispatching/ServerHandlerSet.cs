using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Gateway.OpenIdProvider.Hosting.Dispatching;

/// <summary>
/// The handlers of one context type, in the order of the handler list they were taken from, and which list (and
/// length) that was, so that a new options instance or a list changed since is noticed.
/// </summary>
public sealed class ServerHandlerSet<TContext> where TContext : BaseContext
{
    private readonly List<OpenIddictServerHandlerDescriptor> _source;
    private readonly int _sourceCount;

    private ServerHandlerSet(List<OpenIddictServerHandlerDescriptor> source, ServerHandlerEntry<TContext>[] entries)
    {
        _source = source;
        _sourceCount = source.Count;
        Entries = entries;
    }

    public ServerHandlerEntry<TContext>[] Entries { get; }

    public bool IsTakenFrom(List<OpenIddictServerHandlerDescriptor> handlers)
        => ReferenceEquals(handlers, _source) && handlers.Count == _sourceCount;

    public static ServerHandlerSet<TContext> From(List<OpenIddictServerHandlerDescriptor> handlers)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        var entries = new List<ServerHandlerEntry<TContext>>();
        foreach (var descriptor in handlers)
        {
            if (descriptor.ContextType == typeof(TContext))
            {
                entries.Add(new ServerHandlerEntry<TContext>(descriptor));
            }
        }
        return new ServerHandlerSet<TContext>(handlers, [.. entries]);
    }
}
