namespace Hub.Gateway.Demo;

/// <summary>
/// <c>dotnet run --project Hub.Gateway -- demo</c>: starts the federation on loopback, prints the URLs to open,
/// and stops everything on Ctrl+C.
/// </summary>
public static class DemoCommand
{
    public const string Name = "demo";

    public static async Task<int> RunAsync(string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args)
            .Build();
        var options = configuration.GetSection(DemoOptions.SectionName).Get<DemoOptions>() ?? new DemoOptions();
        DemoFederation federation;
        try
        {
            federation = await DemoFederation.StartAsync(options, hubArgs: args);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or Microsoft.Extensions.Options.OptionsValidationException)
        {
            await Console.Error.WriteLineAsync("The demo could not start: " + e.Message);
            return 1;
        }
        await using (federation)
        {
            await Console.Out.WriteLineAsync(DemoBanner.Text(federation));
            await federation.Hub.WaitForShutdownAsync();
        }
        return 0;
    }
}
