using System.Net;
using System.Text.RegularExpressions;

namespace Sandbox.RelyingParty.Tests.Support;

/// <summary>Reads the few things the tests look for in the RP's pages.</summary>
internal static partial class Html
{
    /// <summary>The decoded text inside the element with this id.</summary>
    public static string? ById(string html, string id)
    {
        var match = Regex.Match(html, $"<(\\w+)[^>]*\\bid=\"{Regex.Escape(id)}\"[^>]*>(.*?)</\\1>", RegexOptions.Singleline);
        return match.Success ? WebUtility.HtmlDecode(Tags().Replace(match.Groups[2].Value, "")) : null;
    }

    /// <summary>The decoded text of the value cell of a claim row (<c>data-claim</c>) in the table with this id.</summary>
    public static string? ClaimValue(string html, string tableId, string claim)
    {
        var table = Regex.Match(html, $"<table id=\"{Regex.Escape(tableId)}\">(.*?)</table>", RegexOptions.Singleline);
        if (!table.Success)
        {
            return null;
        }
        var row = Regex.Match(table.Groups[1].Value, $"<tr data-claim=\"{Regex.Escape(claim)}\">.*?<td>(.*?)</td></tr>", RegexOptions.Singleline);
        return row.Success ? WebUtility.HtmlDecode(Tags().Replace(row.Groups[1].Value, "")) : null;
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
