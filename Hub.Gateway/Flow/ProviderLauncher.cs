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
    public async Task<FlowNext> LaunchAsync(Versioned<FlowState> flow, ProviderRoute route, CancellationToken cancellationToken)
    {
        using var span = HubTelemetry.Start("hub.provider.begin", flow.Value.FlowId);
        span?.SetTag("hub.provider", route.ProviderId);
        var refusal = ProviderRoute.Recheck(trustList.Current, route.ProviderId, route.BrandId, flow.Value.RequiredLoa);
        if (refusal != RouteRefusal.None)
        {
            FlowLog.Refused(logger, "launch", "flow.provider." + refusal.ToString().ToLowerInvariant());
            return FlowNext.Fail(refusal == RouteRefusal.NotAccredited ? FlowErrorKind.ProviderSuspended : FlowErrorKind.BadRequest);
        }
        if (!adapters.TryGet(route.Provider.Protocol, out var adapter))
        {
            FlowLog.Refused(logger, "launch", "flow.protocol.unsupported");
            return FlowNext.Fail(FlowErrorKind.ProviderUnavailable);
        }
        var begun = await adapter.BeginAsync(new AuthenticationRequestContext(
            route.ProviderId, route.BrandId, flow.Value.RequiredLoa, urls.Callback(route.Provider.Protocol), flow.Value.FlowId), cancellationToken);
        if (!begun.IsSuccess)
        {
            FlowLog.ProviderAnswerRefused(logger, route.ProviderId, begun.Error!.Code, begun.Error.Kind.ToString());
            return FlowNext.Fail(ProviderErrorPages.For(begun.Error.Kind));
        }
        var pending = begun.Value.Pending;
        if (!await flows.TryAdvanceAsync(flow, flow.Value with { Stage = FlowStage.AtProvider, Pending = pending }, cancellationToken))
        {
            FlowLog.Refused(logger, "launch", "flow.conflict");
            return FlowNext.Fail(FlowErrorKind.FlowExpired);
        }
        if (!await correlations.TryAddAsync(CorrelationKey.For(route.Provider.Protocol, pending.Correlation), flow.Value.FlowId, options.Value.Lifetime, cancellationToken))
        {
            FlowLog.Refused(logger, "launch", "flow.correlation_collision");
            return FlowNext.Fail(FlowErrorKind.ResponseRejected);
        }
        FlowLog.SentToProvider(logger, route.ProviderId, route.BrandId);
        return FlowNext.To(begun.Value.RedirectUrl.AbsoluteUri);
    }
}
