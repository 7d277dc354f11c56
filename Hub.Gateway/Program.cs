using Hub.Gateway.Demo;
using Hub.Gateway.Hosting;
using Hub.Gateway.Operations.Audit;

namespace Hub.Gateway;

/// <summary>
/// The gateway host. <c>dotnet run --project Hub.Gateway -- demo</c> starts the whole federation on loopback (see
/// docs/gateway.md); without <c>demo</c>, the hub alone, configured by appsettings and environment variables.
/// A named class in the Hub.Gateway namespace rather than top-level statements: Hub.TrustList (a CLI, with
/// internals visible to the tests) has a global Program too, and WebApplicationFactory&lt;Program&gt; must not be
/// ambiguous.
/// </summary>
public sealed class Program
{
    private Program()
    {
    }

    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == DemoCommand.Name)
        {
            return await DemoCommand.RunAsync(args[1..]);
        }
        if (args.Length > 0 && args[0] == AuditCommand.Name)
        {
            return await AuditCommand.RunAsync(args[1..], Console.Out, Console.Error);
        }
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddFederationHub(builder.Configuration);
        var app = builder.Build();
        app.MapFederationHub();
        await app.RunAsync();
        return 0;
    }
}
