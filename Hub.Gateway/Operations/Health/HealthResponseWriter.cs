using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.Gateway.Operations.Health;

/// <summary>
/// The JSON body of <c>/readyz</c>: the overall status and each check's status and stable description (a code when
/// unhealthy) plus its public data (the trust list's sequence and next update). No exception text, no secrets.
/// </summary>
internal static class HealthResponseWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("status", report.Status.ToString());
            json.WriteStartObject("checks");
            foreach (var (name, entry) in report.Entries)
            {
                json.WriteStartObject(name);
                json.WriteString("status", entry.Status.ToString());
                json.WriteString("description", entry.Description);
                foreach (var (key, value) in entry.Data)
                {
                    json.WriteString(key, value switch
                    {
                        DateTimeOffset at => at.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
                    });
                }
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return context.Response.Body.WriteAsync(buffer.ToArray()).AsTask();
    }
}
