using Hub.Gateway.Consents.Dashboard;
using Hub.Gateway.Flow;
using Hub.Gateway.OpenIdProvider.Hosting;
using Hub.Gateway.Pages;
using Hub.Gateway.Operations.Health;
using Hub.Gateway.Operations.Telemetry;
using Hub.Gateway.Operations.TrustListBrowser;
using Microsoft.AspNetCore.Diagnostics;
using Hub.Gateway.Stores.Abstractions;

namespace Hub.Gateway.Hosting;

public static class FederationHubApplicationExtensions
{
    /// <summary>
    /// The hub's pipeline: error pages (a state store failure fails closed with a 503 page), security headers, the
    /// malformed-form guard,
    /// the language (ja by default, en), <c>/healthz</c>, the OpenID provider, the provider callbacks and the pages.
    /// </summary>
    public static WebApplication MapFederationHub(this WebApplication app)
    {
        app.UseHubTelemetry();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/" + FlowPaths.Error + "/unexpected",
            StatusCodeSelector = exception => exception is StoreUnavailableException
                ? StatusCodes.Status503ServiceUnavailable
                : StatusCodes.Status500InternalServerError,
        });
        app.Use(SecurityHeaders.ApplyAsync);
        app.Use(MalformedFormGuard.ApplyAsync);
        app.UseHubLocalization();
        app.UseHubErrorPageInPlace();
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapHubHealth();
        app.MapHubTrustListBrowser();
        app.MapHubOpenIdProvider();
        app.MapFlowEndpoints();
        app.MapConsentRecords();
        app.MapRazorPages();
        return app;
    }
}
