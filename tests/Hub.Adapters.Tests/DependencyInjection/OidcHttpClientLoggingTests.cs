using System.Collections.Concurrent;
using Hub.Adapters.DependencyInjection;
using Hub.Adapters.Oidc.Http;
using Hub.Adapters.Tests.Oidc.Support;
using Hub.TrustList.Loading;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Hub.Adapters.Tests.DependencyInjection;

/// <summary>
/// The providers' back channel runs on every OIDC-brokered login: it carries no per-request logging handlers (the
/// adapter logs each outcome itself), but keeps its resilience pipeline.
/// </summary>
public sealed class OidcHttpClientLoggingTests
{
    [Fact]
    public async Task ProviderClient_RequestRetriedAfterA503_NoHttpClientLogRecordsAndTheRetryStillHappens()
    {
        using var server = LoopbackWireMock.Start();
        server.Given(Request.Create().WithPath("/token").UsingGet()).InScenario("flaky").WillSetStateTo("failed-once")
            .RespondWith(Response.Create().WithStatusCode(503));
        server.Given(Request.Create().WithPath("/token").UsingGet()).InScenario("flaky").WhenStateIs("failed-once")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("{}"));
        var logs = new CategoryLoggerProvider();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["HubAdapters:Oidc:ClientSigningKey"] = TestSigningKey.Rsa("hub-log-1").PrivateJwkJson(),
            ["HubAdapters:Oidc:Http:RetryDelay"] = "00:00:00",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddSingleton<ITrustListSource>(new FixedTrustListSource(TestTrustList.Snapshot()));
        services.AddHubAdapters(configuration.GetSection("HubAdapters"));
        await using var provider = services.BuildServiceProvider();
        using var client = provider.GetRequiredService<IHttpClientFactory>().CreateClient(OidcHttp.ClientName);

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(new Uri(server.Url!), "/token"));
        OidcHttp.Tag(request, "mydoor-osaka");
        using var response = await client.SendAsync(request);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, server.LogEntries.Count());
        Assert.DoesNotContain(logs.Categories, c => c.StartsWith("System.Net.Http.HttpClient", StringComparison.Ordinal));
    }

    private sealed class CategoryLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Categories { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Recorder(CategoryLoggerProvider owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
                => owner.Categories.Enqueue(category);
        }
    }
}
