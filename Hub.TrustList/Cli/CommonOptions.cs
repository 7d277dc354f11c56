using System.CommandLine;

namespace Hub.TrustList.Cli;

/// <summary>Options several commands share, created fresh for each command.</summary>
internal static class CommonOptions
{
    public static Option<string> File() => new("--file", "-f")
    {
        Description = "The trust list file to edit.",
        Required = true,
        HelpName = "list.json",
    };

    public static Option<DateTimeOffset?> At(string description) => new("--at")
    {
        Description = description,
        CustomParser = InstantParser.Parse,
        HelpName = "instant",
    };

    public static Option<string> Language() => new Option<string>("--lang")
    {
        Description = "Language of the output: ja (default) or en.",
        DefaultValueFactory = _ => "ja",
    }.AcceptOnlyFromAmong("ja", "en");

    public static Option<string> Fragment() => new("--from")
    {
        Description = "A JSON fragment with the entry's members, as in the trust list; flags given beside it override it.",
        HelpName = "fragment.json",
    };

    public static Option<string> Reason(string description, bool required = false) => new("--reason")
    {
        Description = description,
        Required = required,
    };

    /// <summary>True when the option was written on the command line (not merely defaulted).</summary>
    public static bool IsGiven(this ParseResult result, Option option) => result.GetResult(option) is { Implicit: false };
}
