using System.Text.Json;
using Microsoft.Playwright;

namespace Hub.Browser.Tests.Infrastructure;

/// <summary>
/// axe-core (npm, installed by <c>npm ci</c> in <c>tests/Hub.Browser.Tests/axe</c>, see scripts/test.sh), injected
/// into the page and run; the test fails on any <c>serious</c> or <c>critical</c> violation.
/// </summary>
public static class Axe
{
    public static string ScriptPath { get; } = Path.Combine(
        Hub.Gateway.Demo.RepositoryRoot.Find() ?? throw new InvalidOperationException("Run the tests inside the repository."),
        "tests", "Hub.Browser.Tests", "axe", "node_modules", "axe-core", "axe.min.js");

    private const string Run = """
        async () => {
          const result = await axe.run(document, { resultTypes: ['violations'] });
          return result.violations.map(v => ({
            id: v.id, impact: v.impact || '', help: v.help,
            nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)
          }));
        }
        """;

    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        Assert.True(File.Exists(ScriptPath), $"axe-core is missing at {ScriptPath}: run `npm ci` in tests/Hub.Browser.Tests/axe (scripts/test.sh does).");
        await page.AddScriptTagAsync(new() { Path = ScriptPath });
        var violations = await page.EvaluateAsync<JsonElement>(Run);
        var serious = violations.EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => $"{v.GetProperty("impact").GetString()} {v.GetProperty("id").GetString()}: {v.GetProperty("help").GetString()} at {v.GetProperty("nodes")}")
            .ToList();
        Assert.True(serious.Count == 0, $"axe found on {page.Url}:\n" + string.Join('\n', serious));
    }
}
