using System.Net;
using Sandbox.RelyingParty.Pages.Texts;

namespace Sandbox.RelyingParty.Pages;

/// <summary>HTML fragments: every text is encoded; bilingual texts carry their <c>lang</c>, Japanese first.</summary>
internal static class Html
{
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>Both languages inline: <c>&lt;span lang="ja"&gt;…&lt;/span&gt; &lt;span lang="en"&gt;…&lt;/span&gt;</c>.</summary>
    public static string Both(LocalizedText text) =>
        $"<span lang=\"ja\">{Encode(text.Ja)}</span> <span lang=\"en\" class=\"en\">{Encode(text.En)}</span>";

    /// <summary>Both languages on two lines (headings, paragraphs).</summary>
    public static string Stacked(LocalizedText text) =>
        $"<span lang=\"ja\">{Encode(text.Ja)}</span><br><span lang=\"en\" class=\"en\">{Encode(text.En)}</span>";

    /// <summary>Plain text for a title attribute or the document title.</summary>
    public static string Plain(LocalizedText text) => Encode(text.Ja + " / " + text.En);
}
