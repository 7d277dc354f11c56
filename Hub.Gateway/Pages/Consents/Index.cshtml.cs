using Hub.Gateway.Consents.Dashboard;
using Hub.Gateway.Consents.Revocation;
using Hub.Gateway.Flow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hub.Gateway.Pages.Consents;

/// <summary>
/// The consent dashboard. Signed out: a button that starts the sign-in with a regional ID. Signed in: every service
/// the person shared data with (what, when, the purpose texts agreed to) with a revoke button each, the services they
/// revoked with the state of the notification, the records download and sign-out. Every POST carries antiforgery.
/// </summary>
public sealed class IndexModel : PageModel
{
    public DashboardPerson? Person { get; private set; }

    public IReadOnlyList<DashboardEntry> Entries { get; private set; } = [];

    /// <summary>The client whose consent was just revoked (shown as a confirmation).</summary>
    [BindProperty(SupportsGet = true, Name = "revoked")]
    public string? JustRevoked { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Person = Service<DashboardSession>().Current(HttpContext);
        if (Person is not null)
        {
            Entries = await Service<DashboardReader>().ReadAsync(Person, HttpContext.RequestAborted);
        }
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    public async Task<IActionResult> OnPostSignInAsync()
    {
        var next = await Service<DashboardSignIn>().BeginAsync(HttpContext, HttpContext.RequestAborted);
        return SeeOther(next.Location ?? Service<FlowUrls>().Error(next.Error!.Value, HttpContext.TraceIdentifier));
    }

    public async Task<IActionResult> OnPostRevokeAsync([FromForm(Name = "client")] string? clientId)
    {
        if (Service<DashboardSession>().Current(HttpContext) is not { } person)
        {
            return SeeOther(Service<FlowUrls>().Dashboard);
        }
        if (string.IsNullOrEmpty(clientId) || clientId.Length > 256)
        {
            return SeeOther(Service<FlowUrls>().Error(FlowErrorKind.BadRequest, HttpContext.TraceIdentifier));
        }
        var record = await Service<ConsentRevoker>().RevokeAsync(person, clientId, HttpContext.RequestAborted);
        var dashboard = Service<FlowUrls>().Dashboard;
        return SeeOther(record is null ? dashboard : Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(dashboard, "revoked", clientId));
    }

    public IActionResult OnPostSignOut()
    {
        Service<DashboardSession>().SignOut(HttpContext);
        return SeeOther(Service<FlowUrls>().Dashboard);
    }

    private T Service<T>() where T : notnull => HttpContext.RequestServices.GetRequiredService<T>();

    private IActionResult SeeOther(string location)
    {
        Response.Headers.Location = location;
        return StatusCode(StatusCodes.Status303SeeOther);
    }
}
