using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sandbox.RelyingParty.Pages.Texts;
using Sandbox.RelyingParty.Revocation;

namespace Sandbox.RelyingParty.Pages;

/// <summary>The consent revocations received from the hub, newest first.</summary>
internal sealed class RevocationsPage(PageWriter writer, RevocationLog log)
{
    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public Task WriteAsync(HttpContext context)
    {
        var texts = writer.Texts;
        var entries = log.Snapshot().Reverse().ToList();
        var body = new StringBuilder($"<h1>{Html.Stacked(texts[TextKeys.RevocationsTitle])}</h1><p>{Html.Stacked(texts[TextKeys.RevocationsIntro])}</p>");
        if (entries.Count == 0)
        {
            body.Append($"<p id=\"no-revocations\">{Html.Both(texts[TextKeys.RevocationsNone])}</p>");
        }
        else
        {
            body.Append($"""
                <table id="revocations">
                <thead><tr><th scope="col">{Html.Both(texts[TextKeys.RevocationsReceived])}</th><th scope="col">{Html.Both(texts[TextKeys.RevocationsSubject])}</th><th scope="col">{Html.Both(texts[TextKeys.RevocationsEvents])}</th></tr></thead>
                <tbody>
                """);
            foreach (var entry in entries)
            {
                var received = entry.ReceivedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
                body.Append($"<tr data-jti=\"{Html.Encode(entry.Jti)}\"><td>{received}</td><td><code>{Html.Encode(entry.Subject ?? "-")}</code></td>"
                    + $"<td><pre>{Html.Encode(JsonSerializer.Serialize(entry.Events, Pretty))}</pre></td></tr>");
            }
            body.Append("</tbody></table>");
        }
        body.Append($"<a class=\"button\" href=\"/\">{Html.Both(texts[TextKeys.Back])}</a>");
        return writer.WriteAsync(context, StatusCodes.Status200OK, TextKeys.RevocationsTitle, body.ToString());
    }
}
