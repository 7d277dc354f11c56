using Hub.Gateway.Operations.Telemetry;
using Microsoft.Extensions.Configuration;
using OpenTelemetry.Exporter;

namespace Hub.Gateway.Tests.Operations.Telemetry;

public sealed class TracingSettingsTests
{
    [Fact]
    public void From_NothingConfigured_TracingOff()
    {
        var settings = TracingSettings.From(Configuration([]));

        Assert.False(settings.Enabled);
        Assert.False(settings.ExportOtlp);
    }

    [Fact]
    public void From_HubOtlpEndpoint_TracingAndExportToIt()
    {
        var settings = TracingSettings.From(Configuration(new()
        {
            [TracingSettings.OtlpEndpointKey] = "http://collector.internal:4318/v1/traces",
            [TracingSettings.OtlpProtocolKey] = "http/protobuf",
        }));

        Assert.True(settings.Enabled);
        Assert.True(settings.ExportOtlp);
        Assert.Equal(new Uri("http://collector.internal:4318/v1/traces"), settings.OtlpEndpoint);
        Assert.Equal(OtlpExportProtocol.HttpProtobuf, settings.OtlpProtocol);
    }

    [Theory]
    [InlineData(TracingSettings.StandardEndpointVariable)]
    [InlineData(TracingSettings.StandardTracesEndpointVariable)]
    public void From_StandardOtlpVariable_TracingAndExportWithTheExportersOwnSettings(string variable)
    {
        var settings = TracingSettings.From(Configuration(new() { [variable] = "http://collector.internal:4317" }));

        Assert.True(settings.Enabled);
        Assert.True(settings.ExportOtlp);
        Assert.Null(settings.OtlpEndpoint);
    }

    [Fact]
    public void From_EnabledWithoutEndpoint_TracingWithoutExporter()
    {
        var settings = TracingSettings.From(Configuration(new() { [TracingSettings.EnabledKey] = "true" }));

        Assert.True(settings.Enabled);
        Assert.False(settings.ExportOtlp);
    }

    [Fact]
    public void From_DisabledDespiteAnEndpoint_TracingOff()
    {
        var settings = TracingSettings.From(Configuration(new()
        {
            [TracingSettings.EnabledKey] = "false",
            [TracingSettings.StandardEndpointVariable] = "http://collector.internal:4317",
        }));

        Assert.False(settings.Enabled);
        Assert.False(settings.ExportOtlp);
    }

    [Theory]
    [InlineData(TracingSettings.OtlpEndpointKey, "collector.internal:4317")]
    [InlineData(TracingSettings.OtlpEndpointKey, "ftp://collector.internal/")]
    [InlineData(TracingSettings.OtlpProtocolKey, "http/json")]
    [InlineData(TracingSettings.EnabledKey, "yes")]
    public void From_InvalidSetting_ThrowsNamingIt(string key, string value)
    {
        var settings = new Dictionary<string, string?> { [key] = value };
        if (key != TracingSettings.OtlpEndpointKey)
        {
            settings[TracingSettings.OtlpEndpointKey] = "http://collector.internal:4317";
        }

        var error = Assert.Throws<InvalidOperationException>(() => TracingSettings.From(Configuration(settings)));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings)
        => new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
