using System.Net;
using System.Text.RegularExpressions;

namespace Sandbox.Providers.Tests.Support;

/// <summary>Just enough HTML reading for the sandbox's own pages: hidden fields and the form action.</summary>
internal static class HtmlForm
{
    public static string Hidden(string html, string name)
    {
        var match = Regex.Match(html, "<input type=\"hidden\" name=\"" + Regex.Escape(name) + "\" value=\"([^\"]*)\">");
        Assert.True(match.Success, $"hidden field {name} not found");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static bool HasHidden(string html, string name) => html.Contains($"name=\"{name}\"", StringComparison.Ordinal);

    public static string FormAction(string html, string formId)
    {
        var match = Regex.Match(html, "<form id=\"" + Regex.Escape(formId) + "\" method=\"post\" action=\"([^\"]*)\">");
        Assert.True(match.Success, $"form {formId} not found");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }
}
