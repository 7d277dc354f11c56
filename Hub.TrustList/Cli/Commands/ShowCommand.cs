using System.CommandLine;
using Hub.TrustList.Cli.Display;

namespace Hub.TrustList.Cli.Commands;

/// <summary><c>show FILE [--lang ja|en]</c>: the list as readable tables. It reads drafts too, and verifies nothing.</summary>
internal static class ShowCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "A trust list (signed or draft)." };
        var language = CommonOptions.Language();
        var command = new Command("show", "Print the providers, brands, regions and relying parties of a list.") { file, language };
        command.SetAction(result =>
        {
            var read = TrustListFile.Read(result.GetValue(file)!);
            if (!read.IsSuccess)
            {
                return context.Fail(read.Error!);
            }
            ListPrinter.Print(context.Out, read.Value, result.GetValue(language)!);
            return ExitCodes.Success;
        });
        return command;
    }
}
