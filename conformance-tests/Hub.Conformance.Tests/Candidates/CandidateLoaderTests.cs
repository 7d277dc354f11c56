using System.Text;
using System.Text.Json.Nodes;
using Hub.Conformance.Candidates;
using Hub.Conformance.Tests.Support;
using Hub.TrustList.Model;

namespace Hub.Conformance.Tests.Candidates;

public sealed class CandidateLoaderTests
{
    [Theory]
    [InlineData("mebuku", ProviderProtocol.Saml2, "http://localhost:5081/saml/metadata")]
    [InlineData("mydoor-osaka", ProviderProtocol.Oidc, "http://localhost:5082/.well-known/openid-configuration")]
    [InlineData("aizu-plus", ProviderProtocol.Oidc, "http://localhost:5083/.well-known/openid-configuration")]
    public void Load_CommittedSandboxCandidate_ReadsEverything(string name, ProviderProtocol protocol, string metadataUrl)
    {
        var loaded = CandidateLoader.Load(Repository.Candidate(name));

        Assert.True(loaded.IsSuccess, loaded.Error?.ToString());
        var candidate = loaded.Value;
        Assert.Equal(name, candidate.Entry.Id);
        Assert.Equal(protocol, candidate.Protocol);
        Assert.Equal(new Uri(metadataUrl), candidate.MetadataUrl);
        Assert.True(candidate.Sandbox);
        Assert.True(candidate.Accounts.Count >= 2);
        Assert.IsType<FormLoginRecipe>(candidate.Login);
        Assert.Equal(CandidateLoader.DefaultTimingLogins, candidate.TimingLogins);
        Assert.Equal(protocol == ProviderProtocol.Saml2, candidate.Saml2 is { SigningKeyPem.Length: > 0 });
    }

    [Theory]
    [InlineData("format", "\"other/1\"", "format")]
    [InlineData("timing_logins", "0", "timing_logins")]
    [InlineData("unknown", "1", "does not fit")]
    [InlineData("metadata_url", "\"/relative\"", "metadata_url")]
    [InlineData("login", "{}", "exactly one")]
    [InlineData("login", """{"form":{},"script":{"command":"x"}}""", "exactly one")]
    [InlineData("login", """{"script":{"command":"x","timeout_seconds":0}}""", "timeout_seconds")]
    [InlineData("hub", "{}", "hub.oidc is required")]
    [InlineData("hub", """{"oidc":{"redirect_uri":"http://localhost:5080/cb","client_authentication":"client_secret_post","client_secret":"s"}}""", "client_authentication")]
    [InlineData("hub", """{"oidc":{"redirect_uri":"not a url","client_authentication":"client_secret_basic","client_secret":"s"}}""", "redirect_uri")]
    public void Parse_BadMember_IsUsageErrorNamingIt(string member, string value, string expected)
    {
        var result = Parse(c => c[member] = JsonNode.Parse(value));

        Assert.False(result.IsSuccess);
        Assert.Equal("candidate.invalid", result.Error!.Code);
        Assert.Contains(expected, result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OneAccount_IsUsageError()
        => AssertProblem(c => c["accounts"]!.AsArray().RemoveAt(1), "at least two test accounts");

    [Fact]
    public void Parse_DuplicateUsername_IsUsageError()
        => AssertProblem(c => c["accounts"]![1]!["username"] = "yuki", "distinct");

    [Theory]
    [InlineData("E")]
    [InlineData("0")]
    [InlineData("b")]
    public void Parse_BadExpectedLevel_IsUsageError(string level)
        => AssertProblem(c => c["accounts"]![0]!["expected_loa"] = level, "expected_loa");

    [Fact]
    public void Parse_ExpectedAttributeNotDeclared_IsUsageError()
        => AssertProblem(c => c["accounts"]![0]!["expected_attributes"]!.AsArray().Add("gender"), "does not declare");

    [Fact]
    public void Parse_MissingKeyFile_IsUsageErrorNamingTheMember()
    {
        var text = File.ReadAllText(Repository.Candidate("mebuku")).Replace("hub-saml-sp.key.pem", "no-such-key.pem", StringComparison.Ordinal);

        var result = CandidateLoader.Parse(Encoding.UTF8.GetBytes(text), Repository.CandidatesDirectory);

        Assert.Contains("hub.saml2.signing_key_file", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EntryWithStatusHistory_IsRefusedByTheSharedReader()
    {
        var result = Parse(c => c["entry"]!["status_history"] = new JsonArray());

        Assert.Equal("candidate.managed-member", result.Error!.Code);
    }

    [Fact]
    public void Parse_ScriptRecipe_ResolvesItsWorkingDirectory()
    {
        var result = Parse(c => c["login"] = JsonNode.Parse("""{"script":{"command":"./login.sh","arguments":["--fast"]}}"""));

        var recipe = Assert.IsType<ScriptLoginRecipe>(result.Value.Login);
        Assert.Equal(Repository.CandidatesDirectory, recipe.WorkingDirectory);
        Assert.Equal(["--fast"], recipe.Arguments);
        Assert.Equal(TimeSpan.FromSeconds(60), recipe.Timeout);
    }

    private static void AssertProblem(Action<JsonObject> edit, string expected)
    {
        var result = Parse(edit);
        Assert.False(result.IsSuccess);
        Assert.Contains(expected, result.Error!.Message, StringComparison.Ordinal);
    }

    private static Hub.TrustList.Common.Result<Candidate, Hub.TrustList.Conformance.ConformanceError> Parse(Action<JsonObject> edit)
    {
        var json = JsonNode.Parse(File.ReadAllText(Repository.Candidate("aizu-plus")))!.AsObject();
        edit(json);
        return CandidateLoader.Parse(Encoding.UTF8.GetBytes(json.ToJsonString()), Repository.CandidatesDirectory);
    }
}
