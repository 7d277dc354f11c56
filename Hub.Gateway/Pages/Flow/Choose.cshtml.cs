using Hub.Gateway.Flow;
using Hub.Gateway.Policy;
using Hub.TrustList.Model;
using Hub.TrustList.Loading;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Gateway.Pages.Flow;

/// <summary>The provider choice: accredited providers and brands; those that cannot reach the level greyed with the reason.</summary>
public sealed class ChooseModel : FlowPageModel
{
    public IReadOnlyList<ProviderOption> Options { get; private set; } = [];

    public RelyingPartyEntry? RelyingParty { get; private set; }

    public LevelOfAssurance RequiredLoa { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var (flow, error) = await Service<FlowAccess>().OpenAsync(FlowId, HttpContext, HttpContext.RequestAborted);
        if (flow is null)
        {
            return ErrorPage(error!.Value);
        }
        if (Service<ProviderChoiceStep>().Options(flow.Value) is not { } options)
        {
            return ErrorPage(FlowErrorKind.FlowExpired);
        }
        Options = options;
        RelyingParty = Service<ITrustListSource>().Current?.FindRelyingParty(flow.Value.ClientId);
        RequiredLoa = flow.Value.RequiredLoa;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "choice")] string? choice)
    {
        var (flow, error) = await Service<FlowAccess>().OpenAsync(FlowId, HttpContext, HttpContext.RequestAborted);
        if (flow is null)
        {
            return ErrorPage(error!.Value);
        }
        return Next(await Service<ProviderChoiceStep>().ChooseAsync(flow, choice, HttpContext.RequestAborted));
    }
}
