using Hub.Gateway.Policy;
using Hub.Gateway.Stores.Abstractions;
using Hub.TrustList.Loading;

namespace Hub.Gateway.Flow;

/// <summary>The person's choice on the choice page: a provider or brand that can serve the login now, then the provider.</summary>
internal sealed class ProviderChoiceStep(ProviderLauncher launcher, ITrustListSource trustList, ILogger<ProviderChoiceStep> logger)
{
    public IReadOnlyList<ProviderOption>? Options(FlowState flow)
        => trustList.Current is { } snapshot && IsChoosing(flow) ? ProviderChoicePolicy.Options(snapshot, flow.RequiredLoa) : null;

    public async Task<FlowNext> ChooseAsync(Versioned<FlowState> flow, string? choice, CancellationToken cancellationToken)
    {
        if (!IsChoosing(flow.Value))
        {
            FlowLog.Refused(logger, "choose", "flow.choose.wrong_stage");
            return FlowNext.Fail(FlowErrorKind.FlowExpired);
        }
        var (route, refusal) = ProviderRoute.Resolve(trustList.Current, choice, flow.Value.RequiredLoa);
        if (route is null)
        {
            FlowLog.Refused(logger, "choose", "flow.choose." + refusal.ToString().ToLowerInvariant());
            return FlowNext.Fail(refusal == RouteRefusal.NotAccredited ? FlowErrorKind.ProviderSuspended : FlowErrorKind.BadRequest);
        }
        return await launcher.LaunchAsync(flow, route, cancellationToken);
    }

    /// <summary>A person who came back from a provider without finishing may choose again.</summary>
    private static bool IsChoosing(FlowState flow) => flow.Stage is FlowStage.ChoosingProvider or FlowStage.AtProvider;
}
