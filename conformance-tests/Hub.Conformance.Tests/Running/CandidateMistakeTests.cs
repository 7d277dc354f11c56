using System.Text.Json.Nodes;
using Hub.Conformance.Tests.Support;

namespace Hub.Conformance.Tests.Running;

/// <summary>
/// A well-behaved provider with a wrong candidate file, or a sandbox provider presented as production, fails the one
/// check that judges the mistake.
/// </summary>
public sealed class CandidateMistakeTests
{
    [Fact]
    public async Task RunAsync_LoopbackHttpWithoutSandboxFlag_FailsOnlyTransport()
    {
        var report = await SuiteRun.AgainstSandboxAsync(SandboxProvider.Aizu, editCandidate: text => Edit(text, c => c["sandbox"] = false));

        Assert.True(report.Failed().SetEquals(["META-TLS-01"]), report.Describe());
        Assert.Contains(report.Checks.Single(c => c.Id == "META-TLS-01").Evidence, e => e.Contains("only for a candidate marked sandbox", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_DeclaredAttributeNoAccountExpects_FailsOnlyDelivery()
    {
        var report = await SuiteRun.AgainstSandboxAsync(SandboxProvider.Aizu,
            editCandidate: text => Edit(text, c => c["entry"]!["attributes"]!.AsArray().Add("gender")));

        Assert.True(report.Failed().SetEquals(["ATTR-01"]), report.Describe());
        Assert.Contains(report.Checks.Single(c => c.Id == "ATTR-01").Evidence, e => e.Contains("'gender'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_AccountCannotReachItsExpectedLevel_FailsOnlyExpectedLevel()
    {
        var report = await SuiteRun.AgainstSandboxAsync(SandboxProvider.Aizu,
            editCandidate: text => Edit(text, c => c["accounts"]![0]!["expected_loa"] = "A"));

        Assert.True(report.Failed().SetEquals(["LOA-02"]), report.Describe());
    }

    [Fact]
    public async Task RunAsync_WrongPasswordForOneAccount_FailsOnlyLogin()
    {
        var report = await SuiteRun.AgainstSandboxAsync(SandboxProvider.Mydoor,
            editCandidate: text => Edit(text, c => c["accounts"]![2]!["password"] = "not-the-password"));

        Assert.True(report.Failed().SetEquals(["LOGIN-01"]), report.Describe());
        Assert.Contains(report.Checks.Single(c => c.Id == "LOGIN-01").Evidence, e => e.Contains("login form came back", StringComparison.Ordinal));
        Assert.DoesNotContain("not-the-password", report.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_PinnedKeyOfAnotherProvider_FailsSignatureAndMetadataMatch()
    {
        var aizuKey = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, "sandbox", "keys", "aizu-plus-op.public.jwk")))!;
        var report = await SuiteRun.AgainstSandboxAsync(SandboxProvider.Mydoor, editCandidate: text => Edit(text, c =>
        {
            c["entry"]!["oidc"]!["jwks"] = new JsonObject { ["keys"] = new JsonArray(aizuKey) };
            c["entry"]!["oidc"]!["id_token_signing_alg_values"] = new JsonArray("ES256");
        }));

        Assert.True(report.Failed().SetEquals(["META-MATCH-01", "OIDC-SIG-02"]), report.Describe());
    }

    private static string Edit(string candidate, Action<JsonObject> edit)
    {
        var json = JsonNode.Parse(candidate)!.AsObject();
        edit(json);
        return json.ToJsonString();
    }
}
