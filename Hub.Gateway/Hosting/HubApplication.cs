namespace Hub.Gateway.Hosting;

/// <summary>
/// Builds the hub host: ASP.NET Core settings (appsettings.json, environment variables, command line) plus the
/// given overrides, <see cref="FederationHubServiceCollectionExtensions.AddFederationHub"/> and the pipeline. The
/// program, the demo and the tests all start the hub through here.
/// </summary>
public static class HubApplication
{
    public static WebApplicationBuilder CreateBuilder(string[] args, IEnumerable<KeyValuePair<string, string?>>? settings = null, string? environment = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // The Razor pages live in this assembly, whoever hosts it (the demo, a test runner).
            ApplicationName = typeof(HubApplication).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = environment,
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }
        builder.Services.AddFederationHub(builder.Configuration);
        return builder;
    }

    public static WebApplication Build(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var app = builder.Build();
        app.MapFederationHub();
        return app;
    }
}
