using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;

namespace Sandbox.Providers.Oidc;

/// <summary>JSON responses (UTF-8, Japanese left readable).</summary>
internal static class Json
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static Task WriteAsync(HttpContext context, int status, JsonNode body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(body.ToJsonString(Options), context.RequestAborted);
    }

    /// <summary>A resident's claim value as JSON: a string, a boolean, a string list or a string map.</summary>
    public static JsonNode? ToNode(object value) => JsonSerializer.SerializeToNode(value, value.GetType(), Options);
}
