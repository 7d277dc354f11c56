using System.CommandLine;
using Hub.TrustList.Cli.Display;

namespace Hub.TrustList.Cli.Commands;

/// <summary><c>diff OLD NEW [--lang ja|en]</c>: what a new release changes. Exit 0 whether or not anything changed.</summary>
internal static class DiffCommand
{
    public static Command Create(CliContext context)
    {
        var before = new Argument<string>("old") { Description = "The earlier release." };
        var after = new Argument<string>("new") { Description = "The later release (or a draft)." };
        var language = CommonOptions.Language();
        var command = new Command("diff", "Show what changed between two releases of the list.") { before, after, language };
        command.SetAction(result =>
        {
            var old = TrustListFile.Read(result.GetValue(before)!);
            if (!old.IsSuccess)
            {
                return context.Fail(old.Error!);
            }
            var now = TrustListFile.Read(result.GetValue(after)!);
            if (!now.IsSuccess)
            {
                return context.Fail(now.Error!);
            }
            foreach (var line in TrustListDiff.Describe(old.Value, now.Value, result.GetValue(language)!))
            {
                context.Out.WriteLine(line);
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
