using System.CommandLine;
using System.CommandLine.Parsing;
using Hub.TrustList.Model;

namespace Hub.TrustList.Cli.Editing;

/// <summary>
/// <c>--claim name:required|optional:目的:purpose</c>, repeatable. The Japanese purpose may not contain an ASCII
/// colon (write ： instead); the English one may.
/// </summary>
internal static class ClaimFlag
{
    public static Option<ClaimPermission[]> Create() => new("--claim")
    {
        Description = "A claim the RP may request, as name:required|optional:目的:purpose. Repeatable; replaces the list.",
        HelpName = "claim:required|optional:ja:en",
        CustomParser = Parse,
    };

    private static ClaimPermission[] Parse(ArgumentResult result)
    {
        var claims = new List<ClaimPermission>();
        foreach (var token in result.Tokens)
        {
            var parts = token.Value.Split(':', 4);
            if (parts.Length != 4 || parts[0].Length == 0 || parts[2].Length == 0 || parts[3].Length == 0)
            {
                result.AddError($"--claim '{token.Value}' is not name:required|optional:目的:purpose.");
                continue;
            }
            if (parts[1] is not ("required" or "optional"))
            {
                result.AddError($"--claim '{token.Value}': the second part must be required or optional, not '{parts[1]}'.");
                continue;
            }
            claims.Add(new ClaimPermission(parts[0], new LocalizedText(parts[2], parts[3]), parts[1] == "required"));
        }
        return [.. claims];
    }
}
