using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Hub.TrustList.Cli;

/// <summary>
/// Instants on the command line must carry their offset (<c>2026-11-25T00:00:00Z</c>, <c>2026-11-25T09:00:00+09:00</c>):
/// a bare local time would mean different instants on different machines.
/// </summary>
internal static partial class InstantParser
{
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex InstantPattern();

    public static bool TryParse(string? text, out DateTimeOffset instant)
    {
        instant = default;
        if (text is null || !InstantPattern().IsMatch(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }
        instant = parsed.ToUniversalTime();
        return true;
    }

    /// <summary>The list's own form of an instant: UTC, whole seconds, <c>Z</c>.</summary>
    public static string Format(DateTimeOffset instant)
        => instant.ToUniversalTime().ToString(Serialization.UtcInstantConverter.Format, CultureInfo.InvariantCulture);

    /// <summary>A System.CommandLine custom parser: a malformed instant is a parse (usage) error.</summary>
    public static DateTimeOffset? Parse(ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? null : result.Tokens[0].Value;
        if (TryParse(text, out var instant))
        {
            return instant;
        }
        result.AddError($"'{text}' is not an instant with an offset, e.g. 2026-11-25T00:00:00Z.");
        return null;
    }
}
