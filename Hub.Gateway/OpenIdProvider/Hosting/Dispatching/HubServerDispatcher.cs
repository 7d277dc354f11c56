using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Gateway.OpenIdProvider.Hosting.Dispatching;

/// <summary>
/// Runs OpenIddict's server handlers for an event, as OpenIddict's own dispatcher does: the handlers of the event's
/// context type in the order of <see cref="OpenIddictServerOptions.Handlers"/>, each only if all its filters are
/// active for this context, each resolved from the request's services (unless its descriptor carries an instance),
/// stopping after the first handler that marks the request handled or skipped or rejects it; exceptions propagate.
/// The difference is cost: the handlers of a context type come from <see cref="ServerHandlerTable"/> instead of a scan
/// of the whole list through an async iterator, and a filter or handler that completes synchronously costs no
/// allocation, and singleton filters and handlers are kept by their entries instead of being resolved and cast at
/// every event. Scoped, like OpenIddict's, so that <paramref name="services"/> is the request's scope.
/// </summary>
public sealed class HubServerDispatcher(
    ServerHandlerTable table, IServiceProvider services, ILogger<OpenIddictServerDispatcher> logger) : IOpenIddictServerDispatcher
{
    public async ValueTask DispatchAsync<TContext>(TContext context) where TContext : BaseContext
    {
        ArgumentNullException.ThrowIfNull(context);
        var entries = table.For<TContext>();
        // Asked once per event rather than for every handler (the answer does not change within a dispatch).
        var debug = logger.IsEnabled(LogLevel.Debug);
        for (var index = 0; index < entries.Length; index++)
        {
            var entry = entries[index];
            var filters = entry.FilterTypes.Length;
            var active = true;
            for (var filterIndex = 0; filterIndex < filters && active; filterIndex++)
            {
                var evaluation = entry.Filter(filterIndex, services).IsActiveAsync(context);
                active = evaluation.IsCompletedSuccessfully ? evaluation.Result : await evaluation.ConfigureAwait(false);
            }
            if (!active)
            {
                continue;
            }

            var handler = entry.Handler(services);
            try
            {
                await handler.HandleAsync(context).ConfigureAwait(false);
            }
            catch (Exception exception) when (debug)
            {
                DispatcherLog.HandlerThrew(logger, exception, handler.GetType(), typeof(TContext));
                throw;
            }
            if (debug)
            {
                DispatcherLog.HandlerDone(logger, typeof(TContext), handler.GetType());
            }

            if (Stops(context, handler))
            {
                return;
            }
        }
    }

    private bool Stops(BaseContext context, object handler)
    {
        switch (context)
        {
            case BaseRequestContext { IsRequestHandled: true }:
                DispatcherLog.RequestHandled(logger, context.GetType(), handler.GetType());
                return true;
            case BaseRequestContext { IsRequestSkipped: true }:
                DispatcherLog.RequestSkipped(logger, context.GetType(), handler.GetType());
                return true;
            case BaseValidatingContext { IsRejected: true }:
                DispatcherLog.Rejected(logger, context.GetType(), handler.GetType());
                return true;
            default:
                return false;
        }
    }
}
