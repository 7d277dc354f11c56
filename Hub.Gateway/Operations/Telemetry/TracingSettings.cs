using OpenTelemetry.Exporter;

namespace Hub.Gateway.Operations.Telemetry;

/// <summary>
/// Whether the hub records traces, and where they go. Tracing costs CPU on every request (an activity per request,
/// per outbound call and per flow step, filled with tags), so it is on only when a deployment exports the spans:
/// <list type="bullet">
/// <item><c>Telemetry:Otlp:Endpoint</c>: the hub exports to this OTLP endpoint (<c>Telemetry:Otlp:Protocol</c>
/// <c>grpc</c>, the default, or <c>http/protobuf</c>; with the latter give the full URL, <c>…/v1/traces</c>);</item>
/// <item>else <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> or <c>OTEL_EXPORTER_OTLP_TRACES_ENDPOINT</c> (environment or settings):
/// the OTLP exporter with OpenTelemetry's standard variables;</item>
/// <item><c>Telemetry:Tracing:Enabled</c>: <c>true</c> records without an exporter of the hub's (a host adding its
/// own), <c>false</c> turns tracing off even with an endpoint.</item>
/// </list>
/// </summary>
public sealed record TracingSettings(bool Enabled, bool ExportOtlp, Uri? OtlpEndpoint, OtlpExportProtocol OtlpProtocol)
{
    public const string EnabledKey = "Telemetry:Tracing:Enabled";
    public const string OtlpEndpointKey = "Telemetry:Otlp:Endpoint";
    public const string OtlpProtocolKey = "Telemetry:Otlp:Protocol";
    public const string StandardEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string StandardTracesEndpointVariable = "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT";

    public static TracingSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var endpoint = Endpoint(configuration[OtlpEndpointKey]);
        var protocol = Protocol(configuration[OtlpProtocolKey]);
        var export = endpoint is not null
            || !string.IsNullOrWhiteSpace(configuration[StandardEndpointVariable])
            || !string.IsNullOrWhiteSpace(configuration[StandardTracesEndpointVariable]);
        var enabled = configuration[EnabledKey] is { Length: > 0 } setting
            ? bool.TryParse(setting, out var on) ? on : throw Invalid(EnabledKey, "true or false")
            : export;
        return new TracingSettings(enabled, enabled && export, endpoint, protocol);
    }

    private static Uri? Endpoint(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw Invalid(OtlpEndpointKey, "an absolute http or https URL");
    }

    private static OtlpExportProtocol Protocol(string? value) => value?.Trim() switch
    {
        null or "" or "grpc" => OtlpExportProtocol.Grpc,
        "http/protobuf" => OtlpExportProtocol.HttpProtobuf,
        _ => throw Invalid(OtlpProtocolKey, "grpc or http/protobuf"),
    };

    private static InvalidOperationException Invalid(string key, string expected)
        => new($"The setting {key} must be {expected}.");
}
