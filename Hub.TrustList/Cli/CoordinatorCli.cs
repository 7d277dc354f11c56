using System.CommandLine;
using System.CommandLine.Invocation;
using Hub.TrustList.Cli.Commands;

namespace Hub.TrustList.Cli;

/// <summary>
/// The national coordinator's CLI: <c>dotnet run --project Hub.TrustList -- &lt;command&gt;</c>.
/// Exit codes: 0 success, 1 a validation or verification failure (the message names the rule), 2 a usage error.
/// </summary>
public static class CoordinatorCli
{
    public static Task<int> RunAsync(string[] args) => RunAsync(args, CliContext.FromConsole());

    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var parsed = CreateRootCommand(context).Parse(args);
        if (parsed.Action is ParseErrorAction)
        {
            // System.CommandLine would answer 1; our contract keeps 1 for rule failures and gives usage errors 2.
            foreach (var error in parsed.Errors)
            {
                context.Error.WriteLine($"usage: {error.Message}");
            }
            context.Error.WriteLine("See --help.");
            return ExitCodes.Usage;
        }
        return await parsed.InvokeAsync(new InvocationConfiguration { Output = context.Out, Error = context.Error }, cancellationToken);
    }

    public static RootCommand CreateRootCommand(CliContext context) => new("The national coordinator's tool for the regional ID trust list.")
    {
        KeygenCommand.Create(context),
        InitCommand.Create(context),
        ProviderCommand.Create(context),
        BrandCommand.Create(context),
        RelyingPartyCommand.Create(context),
        SetStatusCommand.Create(context),
        SignCommand.Create(context),
        VerifyCommand.Create(context),
        ShowCommand.Create(context),
        DiffCommand.Create(context),
        AccreditCommand.Create(context),
    };
}
