using System.Text.Json;
using Hub.Gateway.Tests.EndToEnd.Infrastructure;

namespace Hub.Gateway.Tests.Interop;

/// <summary>
/// Runs tests/interop/openid-client/rp.mjs: the certified openid-client library signs in through the hub as the
/// Osaka child-care service (private_key_jwt with its demo key, PKCE S256), and prints what it validated as JSON.
/// </summary>
public static class OpenIdClientScript
{
    public const string ClientId = RelyingPartyClient.ClientId;

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    public static string Directory { get; } = Path.Combine(TestPaths.RepositoryRoot, "tests", "interop", "openid-client");

    public sealed record Login(string User, string Password)
    {
        public string? Choice { get; init; }

        public string? IdpHint { get; init; }

        public string? AcrValues { get; init; }

        public string Scope { get; init; } = RelyingPartyClient.Scope;
    }

    /// <summary>Runs one login; returns the printed JSON and the process outcome (for failure messages).</summary>
    public static async Task<(JsonElement Json, ExternalCommand.Outcome Outcome)> RunAsync(Uri issuer, Login login)
    {
        await RequireNodeAsync();
        var environment = new Dictionary<string, string>
        {
            ["HUB_ISSUER"] = issuer.AbsoluteUri,
            ["CLIENT_ID"] = ClientId,
            ["REDIRECT_URI"] = RelyingPartyClient.RedirectUri,
            ["CLIENT_KEY_FILE"] = TestPaths.Key("demo-rp-osaka-kosodate.private.jwk"),
            ["SCOPE"] = login.Scope,
            ["USERNAME"] = login.User,
            ["PASSWORD"] = login.Password,
            ["VERBOSE"] = "1",
        };
        Optional(environment, "CHOICE", login.Choice);
        Optional(environment, "IDP_HINT", login.IdpHint);
        Optional(environment, "ACR_VALUES", login.AcrValues);

        var outcome = await ExternalCommand.RunAsync("node", ["rp.mjs"], Timeout, Directory, environment);
        var line = outcome.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .LastOrDefault(l => l.StartsWith('{'));
        Assert.True(line is not null, $"rp.mjs printed no JSON result: {outcome}");
        return (JsonDocument.Parse(line).RootElement.Clone(), outcome);
    }

    private static void Optional(Dictionary<string, string> environment, string name, string? value)
    {
        if (value is not null)
        {
            environment[name] = value;
        }
    }

    /// <summary>Node and the locked packages must be there: a missing one fails the test with what to run (never a skip).</summary>
    private static async Task RequireNodeAsync()
    {
        var version = await ExternalCommand.RunAsync("node", ["--version"], TimeSpan.FromSeconds(10));
        Assert.True(
            version.ExitCode == 0,
            "Node.js is needed by the openid-client interop test and was not found. Run the README test command "
            + $"(bash scripts/test.sh), which installs it, or: apt-get install -y nodejs npm. {version}");
        Assert.True(
            File.Exists(Path.Combine(Directory, "node_modules", "openid-client", "package.json")),
            "The openid-client package is not installed. Run the README test command (bash scripts/test.sh), or: "
            + "npm ci --no-audit --no-fund --prefix tests/interop/openid-client");
    }
}
