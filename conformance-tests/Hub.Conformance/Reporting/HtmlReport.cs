using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text;
using Hub.TrustList.Conformance;

namespace Hub.Conformance.Reporting;

/// <summary>The report for people: a summary, then one row per check with its source, level, result and evidence.</summary>
internal static class HtmlReport
{
    public static string Render(ConformanceReport report)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\">")
            .Append($"<title>適合性試験報告 / Conformance report — {E(report.ProviderId)}</title>")
            .Append("<style>body{font-family:system-ui,'Noto Sans CJK JP',sans-serif;margin:2rem;color:#222}")
            .Append("table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.4rem;vertical-align:top;text-align:left}")
            .Append(".pass{background:#e8f5e9}.fail{background:#ffebee}.skip{background:#fff8e1}code{font-size:.9em}ul{margin:0;padding-left:1.2rem}")
            .Append("</style></head><body>\n");
        var verdict = report.Summary.AllMustPassed
            ? "すべての必須項目に合格 / every must-level check passed"
            : "必須項目に不合格あり / a must-level check did not pass";
        html.Append($"<h1>適合性試験報告 / Conformance report: {E(report.ProviderId)} ({E(Wire(report))})</h1>\n")
            .Append($"<p class=\"{(report.Summary.AllMustPassed ? "pass" : "fail")}\"><strong>{E(verdict)}</strong></p>\n")
            .Append("<h2>概要 / Summary</h2>\n<table>")
            .Append(Row("候補のダイジェスト / candidate digest", $"<code>{E(report.CandidateDigest)}</code>"))
            .Append(Row("試験スイート / suite version", E(report.SuiteVersion)))
            .Append(Row("開始 / started", E(Instant(report.StartedAt))))
            .Append(Row("終了 / finished", E(Instant(report.FinishedAt))))
            .Append(Row("結果 / results", E($"pass {report.Summary.Passed}, fail {report.Summary.Failed}, skip {report.Summary.Skipped}")));
        if (report.Timing is { } timing)
        {
            html.Append(Row("応答時間 / response times", E($"p50 {timing.P50Milliseconds} ms, p95 {timing.P95Milliseconds} ms ({timing.Logins} logins)")));
        }
        html.Append("</table>\n<h2>試験項目 / Checks</h2>\n<table><tr><th>ID</th><th>項目 / check</th><th>根拠 / source</th><th>水準 / level</th><th>結果 / result</th><th>証跡 / evidence</th></tr>\n");
        foreach (var check in report.Checks)
        {
            var result = Wire(check.Result);
            html.Append($"<tr class=\"{result}\"><td><code>{E(check.Id)}</code></td><td><strong>{E(check.Title)}</strong><br>{E(check.Predicate)}</td>")
                .Append($"<td>{E(check.Source)}</td><td>{(check.Level == CheckLevel.Must ? "must" : "should")}</td><td>{result}</td><td><ul>");
            foreach (var line in check.Evidence)
            {
                html.Append($"<li>{E(line)}</li>");
            }
            html.Append("</ul></td></tr>\n");
        }
        html.Append("</table>\n</body></html>\n");
        return html.ToString();
    }

    private static string Row(string label, string value) => $"<tr><th>{E(label)}</th><td>{value}</td></tr>";

    /// <summary>Escapes what HTML needs escaped and leaves Japanese and symbols such as § readable in the source.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string E(string text) => Encoder.Encode(text);

    private static string Instant(DateTimeOffset value) => value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Wire(ConformanceReport report) => report.Protocol == Hub.TrustList.Model.ProviderProtocol.Saml2 ? "saml2" : "oidc";

    internal static string Wire(CheckResult result) => result switch
    {
        CheckResult.Pass => "pass",
        CheckResult.Fail => "fail",
        _ => "skip",
    };
}
