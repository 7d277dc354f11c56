using Hub.Gateway.Flow;
using Hub.Gateway.Policy;
using Hub.TrustList.Model;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Gateway.Pages.Flow;

/// <summary>
/// The consent page: the RP and its operator, each claim with its purpose, whether it is required, and the value
/// about to be shared. Optional claims can be unchecked; required ones cannot.
/// </summary>
public sealed class ConsentModel : FlowPageModel
{
    public const string ApproveValue = "approve";

    /// <summary>The first "do not agree": asks for confirmation when a required claim would be refused.</summary>
    public const string DenyValue = "deny";

    /// <summary>The confirmed refusal: the flow ends with access_denied to the RP.</summary>
    public const string RefuseValue = "refuse";

    /// <summary>True on the explanation page shown before a required claim is refused.</summary>
    public bool ConfirmRefusal { get; private set; }

    public RelyingPartyEntry RelyingParty { get; private set; } = null!;

    public IReadOnlyList<ClaimToShare> Claims { get; private set; } = [];

    public string ProviderId { get; private set; } = string.Empty;

    public string? BrandId { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var (flow, error) = await Service<FlowAccess>().OpenAsync(FlowId, HttpContext, HttpContext.RequestAborted);
        if (flow is null)
        {
            return ErrorPage(error!.Value);
        }
        return Show(flow.Value, confirmRefusal: false);
    }

    private IActionResult Show(FlowState flow, bool confirmRefusal)
    {
        if (Service<ConsentStep>().Prompt(flow) is not { } prompt)
        {
            return ErrorPage(FlowErrorKind.FlowExpired);
        }
        RelyingParty = prompt.RelyingParty;
        Claims = prompt.Claims;
        ProviderId = prompt.Identity.ProviderId;
        BrandId = prompt.Identity.BrandId;
        ConfirmRefusal = confirmRefusal;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "decision")] string? decision, [FromForm(Name = "claims")] string[]? claims)
    {
        var (flow, error) = await Service<FlowAccess>().OpenAsync(FlowId, HttpContext, HttpContext.RequestAborted);
        if (flow is null)
        {
            return ErrorPage(error!.Value);
        }
        var approve = string.Equals(decision, ApproveValue, StringComparison.Ordinal);
        if (string.Equals(decision, DenyValue, StringComparison.Ordinal)
            && Service<ConsentStep>().Prompt(flow.Value) is { } prompt && prompt.Claims.Any(c => c.Required))
        {
            // Nothing is decided yet: the person first reads what refusing means, then goes back or confirms.
            return Show(flow.Value, confirmRefusal: true);
        }
        return Next(await Service<ConsentStep>().DecideAsync(flow, approve, claims ?? [], HttpContext.RequestAborted));
    }
}
