using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Hub.Gateway.Operations.Telemetry;
using Hub.Gateway.Tests.EndToEnd.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace Hub.Gateway.Tests.Operations.Telemetry;

/// <summary>Traces are recorded only for an exporter: none by default, OTLP when an endpoint is configured.</summary>
public sealed class TracingExportTests
{
    [Fact]
    public async Task AddHubTelemetry_NoExporterConfigured_NoTracerProvider()
    {
        await using var hub = await OperationsHost.StartAsync();

        Assert.Null(hub.Services.GetService<TracerProvider>());
        Assert.Contains("hub_trustlist_current_sequence{", await hub.Client.GetStringAsync(new Uri("metrics", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddHubTelemetry_OtlpEndpointConfigured_ExportsTheRequestsSpansThere()
    {
        await using var collector = await FakeCollector.StartAsync();
        await using var hub = await OperationsHost.StartAsync(new Dictionary<string, string?>
        {
            [TracingSettings.OtlpEndpointKey] = new Uri(collector.Url, "v1/traces").AbsoluteUri,
            [TracingSettings.OtlpProtocolKey] = "http/protobuf",
        });

        using var response = await hub.Client.GetAsync(new Uri(".well-known/openid-configuration", UriKind.Relative));
        response.EnsureSuccessStatusCode();

        // The server span stops just after the response is sent: flush until the collector has it.
        var tracer = hub.Services.GetRequiredService<TracerProvider>();
        var waited = Stopwatch.StartNew();
        while (!collector.Received("/v1/traces", "Microsoft.AspNetCore") && waited.Elapsed < TimeSpan.FromSeconds(15))
        {
            tracer.ForceFlush(5000);
            await Task.Delay(50);
        }
        Assert.True(collector.Received("/v1/traces", "Microsoft.AspNetCore"), "no ASP.NET Core span reached the collector");
    }

    /// <summary>An OTLP/HTTP endpoint on loopback that keeps what it is sent.</summary>
    private sealed class FakeCollector : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly ConcurrentQueue<(string Path, string? ContentType, byte[] Body)> _requests = new();

        private FakeCollector(WebApplication app, Uri url)
        {
            _app = app;
            Url = url;
        }

        public Uri Url { get; }

        public static async Task<FakeCollector> StartAsync()
        {
            var url = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls(url.GetLeftPart(UriPartial.Authority));
            var app = builder.Build();
            var collector = new FakeCollector(app, url);
            app.MapPost("/{**path}", async (HttpContext context) =>
            {
                using var body = new MemoryStream();
                await context.Request.Body.CopyToAsync(body);
                collector._requests.Enqueue((context.Request.Path, context.Request.ContentType, body.ToArray()));
                return Results.Ok();
            });
            await app.StartAsync();
            return collector;
        }

        public bool Received(string path, string scopeName)
        {
            var marker = Encoding.UTF8.GetBytes(scopeName);
            return _requests.Any(r => r.Path == path && r.ContentType == "application/x-protobuf" && r.Body.AsSpan().IndexOf(marker) >= 0);
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
