using Hub.Gateway.Policy;
using Hub.Gateway.Stores.Abstractions;
using Hub.TrustList.Loading;

namespace Hub.Gateway.Flow;

/// <summary>The person's choice on the choice page: a provider or brand that can serve the login now, then the provider.</summary>
internal sealed class ProviderChoiceStep(ProviderLauncher launcher, ITrustListSource trustList, ILogger<ProviderChoiceStep> logger)
{
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
            return FlowNext.Fail(refusal switch
            {
                RouteRefusal.NotAccredited => FlowErrorKind.ProviderSuspended,
                RouteRefusal.LevelTooLow => FlowErrorKind.LevelNotMet,
                _ => FlowErrorKind.BadRequest,
            });
        }
        return await launcher.LaunchAsync(flow, route, cancellationToken);
    }

    /// <summary>A person who came back from a provider without finishing may choose again.</summary>
    public static bool IsChoosing(FlowState flow) => flow.Stage is FlowStage.ChoosingProvider or FlowStage.AtProvider;
}
