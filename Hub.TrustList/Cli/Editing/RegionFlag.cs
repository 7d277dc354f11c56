using System.CommandLine;
using System.CommandLine.Parsing;
using Hub.TrustList.Model;
using Hub.TrustList.Regions;

namespace Hub.TrustList.Cli.Editing;

/// <summary><c>--region CODE:名前:Name</c>, repeatable, e.g. <c>--region 102016:前橋市:Maebashi</c>.</summary>
internal static class RegionFlag
{
    public static Option<Region[]> Create() => new("--region")
    {
        Description = "A region served, as CODE:名前:Name (6-digit local government code with check digit). Repeatable; replaces the list.",
        HelpName = "code:ja:en",
        CustomParser = Parse,
    };

    private static Region[] Parse(ArgumentResult result)
    {
        var regions = new List<Region>();
        foreach (var token in result.Tokens)
        {
            var parts = token.Value.Split(':', 3);
            if (parts.Length != 3 || parts[1].Length == 0 || parts[2].Length == 0)
            {
                result.AddError($"--region '{token.Value}' is not CODE:名前:Name.");
                continue;
            }
            if (!LocalGovernmentCode.IsValid(parts[0]))
            {
                result.AddError($"--region '{parts[0]}' is not a 6-digit local government code with a valid check digit.");
                continue;
            }
            regions.Add(new Region(parts[0], new LocalizedText(parts[1], parts[2])));
        }
        return [.. regions];
    }
}
