using Hub.Adapters.Abstractions;
using Hub.Adapters.DependencyInjection;
using Hub.Gateway.Operations.Telemetry;
using Hub.Gateway.Policy;
using Hub.Gateway.Stores.Abstractions;
using Hub.TrustList.Loading;
using Microsoft.Extensions.Options;

namespace Hub.Gateway.Flow;

/// <summary>
/// Sends the browser to the chosen provider: checks the provider (and brand) again in the CURRENT trust list, lets
/// the protocol adapter build the request, keeps the adapter's pending state in the flow and indexes the value the
/// provider echoes back (SAML RelayState, OIDC state) to find the flow at the callback.
/// </summary>
internal sealed class ProviderLauncher(
    IProviderAdapterRegistry adapters,
    FlowRepository flows,
    ICorrelationIndex correlations,
    FlowUrls urls,
    ITrustListSource trustList,
    IOptions<FlowOptions> options,
    ILogger<ProviderLauncher> logger)
{
    /// <summary>A flow that exists (the person chose on the choice page): it is advanced to the provider stage.</summary>
    public async Task<FlowNext> LaunchAsync(Versioned<FlowState> flow, ProviderRoute route, CancellationToken cancellationToken)
    {
        var begun = await BeginAsync(flow.Value, route, cancellationToken);
        if (begun.Failure is { } failure)
        {
            return failure;
        }
        if (!await flows.TryAdvanceAsync(flow, begun.AtProvider!, cancellationToken))
        {
            FlowLog.Refused(logger, "launch", "flow.conflict");
            return FlowNext.Fail(FlowErrorKind.FlowExpired);
        }
        return await IndexAsync(route, begun, cancellationToken);
    }

    /// <summary>
    /// A flow not stored yet whose provider is known at once (<c>idp_hint</c>): stored directly at the provider stage,
    /// which saves writing it, reading it back and advancing it; the flow and the correlation are written together
    /// (one round trip to a shared store), since neither is of use before the browser gets the redirect and nobody
    /// else knows the correlation value yet. When the provider cannot be started, the flow is stored as it was given
    /// (choosing) and the failure returned, as <see cref="LaunchAsync"/> would leave it. Null when the flow id is
    /// already taken (nothing of this flow is left stored).
    /// </summary>
    public async Task<FlowNext?> LaunchNewAsync(FlowState flow, ProviderRoute route, CancellationToken cancellationToken)
    {
        var begun = await BeginAsync(flow, route, cancellationToken);
        if (begun.Failure is { } failure)
        {
            return await flows.TryCreateAsync(flow, cancellationToken) ? failure : null;
        }
        var created = flows.TryCreateAsync(begun.AtProvider!, cancellationToken);
        var indexed = TryIndexAsync(route, begun.AtProvider!, cancellationToken);
        await Task.WhenAll(created, indexed);
        var (isCreated, isIndexed) = (await created, await indexed);
        if (!isCreated)
        {
            if (isIndexed)
            {
                // The id belongs to another flow: the correlation must not lead there.
                await correlations.TryTakeAsync(CorrelationKeyOf(route, begun.AtProvider!), cancellationToken);
            }
            return null;
        }
        return Sent(route, begun, isIndexed);
    }

    private async Task<Begun> BeginAsync(FlowState flow, ProviderRoute route, CancellationToken cancellationToken)
    {
        using var span = HubTelemetry.Start("hub.provider.begin", flow.FlowId);
        span?.SetTag("hub.provider", route.ProviderId);
        var refusal = ProviderRoute.Recheck(trustList.Current, route.ProviderId, route.BrandId, flow.RequiredLoa);
        if (refusal != RouteRefusal.None)
        {
            FlowLog.Refused(logger, "launch", "flow.provider." + refusal.ToString().ToLowerInvariant());
            return Begun.Failed(FlowNext.Fail(refusal == RouteRefusal.NotAccredited ? FlowErrorKind.ProviderSuspended : FlowErrorKind.BadRequest));
        }
        if (!adapters.TryGet(route.Provider.Protocol, out var adapter))
        {
            FlowLog.Refused(logger, "launch", "flow.protocol.unsupported");
            return Begun.Failed(FlowNext.Fail(FlowErrorKind.ProviderUnavailable));
        }
        var begun = await adapter.BeginAsync(new AuthenticationRequestContext(
            route.ProviderId, route.BrandId, flow.RequiredLoa, urls.Callback(route.Provider.Protocol), flow.FlowId), cancellationToken);
        if (!begun.IsSuccess)
        {
            FlowLog.ProviderAnswerRefused(logger, route.ProviderId, begun.Error!.Code, begun.Error.Kind.ToString());
            return Begun.Failed(FlowNext.Fail(ProviderErrorPages.For(begun.Error.Kind)));
        }
        return new Begun(flow with { Stage = FlowStage.AtProvider, Pending = begun.Value.Pending }, begun.Value.RedirectUrl, null);
    }

    private async Task<FlowNext> IndexAsync(ProviderRoute route, Begun begun, CancellationToken cancellationToken)
        => Sent(route, begun, await TryIndexAsync(route, begun.AtProvider!, cancellationToken));

    private Task<bool> TryIndexAsync(ProviderRoute route, FlowState atProvider, CancellationToken cancellationToken)
        => correlations.TryAddAsync(CorrelationKeyOf(route, atProvider), atProvider.FlowId, options.Value.Lifetime, cancellationToken);

    private static string CorrelationKeyOf(ProviderRoute route, FlowState atProvider)
        => CorrelationKey.For(route.Provider.Protocol, atProvider.Pending!.Correlation);

    /// <summary>The redirect to the provider once the correlation is indexed; the failure page if it could not be.</summary>
    private FlowNext Sent(ProviderRoute route, Begun begun, bool indexed)
    {
        if (!indexed)
        {
            FlowLog.Refused(logger, "launch", "flow.correlation_collision");
            return FlowNext.Fail(FlowErrorKind.ResponseRejected);
        }
        FlowLog.SentToProvider(logger, route.ProviderId, route.BrandId);
        return FlowNext.To(begun.RedirectUrl!.AbsoluteUri);
    }

    /// <summary>The flow at the provider stage and where to send the browser, or why the provider cannot be started.</summary>
    private sealed record Begun(FlowState? AtProvider, Uri? RedirectUrl, FlowNext? Failure)
    {
        public static Begun Failed(FlowNext failure) => new(null, null, failure);
    }
}
