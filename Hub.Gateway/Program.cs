using Hub.Gateway.OpenIdProvider.Hosting;

namespace Hub.Gateway;

/// <summary>
/// The gateway host. A named class in the Hub.Gateway namespace rather than top-level statements: Hub.TrustList (a
/// CLI, with internals visible to the tests) has a global Program too, and WebApplicationFactory&lt;Program&gt; must
/// not be ambiguous.
/// </summary>
public sealed class Program
{
    private Program()
    {
    }

    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddHubOpenIdProvider(builder.Configuration);

        var app = builder.Build();
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapHubOpenIdProvider();
        app.Run();
    }
}
