using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.Gateway.Tests.Operations.Logging;

/// <summary>
/// Issue 7's structured logs: a refused request is logged once with its stable code, in a scope carrying the
/// correlation id that the person's error page shows, and the log carries no request values.
/// </summary>
public sealed class RejectionLoggingTests
{
    [Fact]
    public async Task GetChoicePage_UnknownFlow_RejectionLoggedWithItsCodeUnderTheErrorPagesCorrelationIdWithoutTheRequestValues()
    {
        var logs = new CapturingLoggerProvider();
        await using var host = await OperationsHost.StartAsync(
            new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Information" },
            services => services.AddSingleton<ILoggerProvider>(logs));
        const string Marker = "person-identifier-7f3a";

        using var response = await host.Client.GetAsync(new Uri($"flow/choose?flow={Marker}&name={Marker}", UriKind.Relative));
        var page = await response.Content.ReadAsStringAsync();
        var correlationId = System.Text.RegularExpressions.Regex.Match(page, "<code id=\"correlation-id\">([^<]+)</code>").Groups[1].Value;

        var refusal = Assert.Single(logs.Records, r => r.Values.TryGetValue("Code", out var code) && Equals(code, "flow.page.expired"));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(4302, refusal.EventId.Id);
        Assert.False(string.IsNullOrEmpty(correlationId));
        Assert.Equal(correlationId, refusal.Scope["CorrelationId"]);
        Assert.DoesNotContain(logs.Records, r => r.Message.Contains(Marker, StringComparison.Ordinal)
            || r.Values.Values.Any(v => v?.ToString()?.Contains(Marker, StringComparison.Ordinal) == true));
    }
}
