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
/// allocation. Scoped, like OpenIddict's, so that <paramref name="services"/> is the request's scope.
/// </summary>
public sealed class HubServerDispatcher(
    ServerHandlerTable table, IServiceProvider services, ILogger<OpenIddictServerDispatcher> logger) : IOpenIddictServerDispatcher
{
    public async ValueTask DispatchAsync<TContext>(TContext context) where TContext : BaseContext
    {
        ArgumentNullException.ThrowIfNull(context);
        var entries = table.For<TContext>();
        for (var index = 0; index < entries.Length; index++)
        {
            var entry = entries[index];
            if (!entry.FilterTypes.IsEmpty)
            {
                var active = true;
                foreach (var filterType in entry.FilterTypes)
                {
                    var filter = services.GetService(filterType) as IOpenIddictServerHandlerFilter<TContext>
                        ?? throw new InvalidOperationException($"The filter {filterType} of an OpenIddict server handler is not registered, or does not filter {typeof(TContext)}.");
                    var evaluation = filter.IsActiveAsync(context);
                    if (!(evaluation.IsCompletedSuccessfully ? evaluation.Result : await evaluation.ConfigureAwait(false)))
                    {
                        active = false;
                        break;
                    }
                }
                if (!active)
                {
                    continue;
                }
            }

            var handler = entry.Instance
                ?? services.GetService(entry.ServiceType) as IOpenIddictServerHandler<TContext>
                ?? throw new InvalidOperationException($"The OpenIddict server handler {entry.ServiceType} is not registered, or does not handle {typeof(TContext)}.");
            try
            {
                await handler.HandleAsync(context).ConfigureAwait(false);
            }
            catch (Exception exception) when (logger.IsEnabled(LogLevel.Debug))
            {
                DispatcherLog.HandlerThrew(logger, exception, handler.GetType(), typeof(TContext));
                throw;
            }
            DispatcherLog.HandlerDone(logger, typeof(TContext), handler.GetType());

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
