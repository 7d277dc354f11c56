using System.Text;
using Hub.TrustList.Conformance;
using Hub.TrustList.Model;

namespace Hub.TrustList.Tests.Conformance;

public sealed class CandidateEntryReaderTests
{
    private const string Entry = """
        {"id":"aizu-plus","display_name":{"ja":"会津若松＋ID","en":"Aizuwakamatsu+ ID"},"operator":{"ja":"AiCT","en":"AiCT"},
         "regions":[{"code":"072028","name":{"ja":"会津若松市","en":"Aizuwakamatsu"}}],"protocol":"oidc",
         "oidc":{"issuer":"https://id.aizu.example","authorization_endpoint":"https://id.aizu.example/authorize",
                 "token_endpoint":"https://id.aizu.example/token","jwks":{"keys":[{"kty":"EC","crv":"P-256","x":"x","y":"y"}]},
                 "id_token_signing_alg_values":["ES256"],"client_id":"hub"},
         "max_loa":"B","attributes":["email"],"mapping_profile":"aizu-plus-oidc-v1"}
        """;

    private static byte[] Candidate(string entry, string extra = "") => Encoding.UTF8.GetBytes($$"""{"entry":{{entry}}{{extra}}}""");

    [Fact]
    public void Read_DraftEntry_ReadsModelWithoutHistoryAndBrands()
    {
        var read = CandidateEntryReader.Read(Candidate(Entry, ""","accounts":[]"""));

        Assert.True(read.IsSuccess, read.Error?.ToString());
        Assert.Equal("aizu-plus", read.Value.Entry.Id);
        Assert.Equal(ProviderProtocol.Oidc, read.Value.Entry.Protocol);
        Assert.Empty(read.Value.Entry.StatusHistory);
        Assert.Empty(read.Value.Entry.Brands);
        Assert.Matches("^sha-256:[0-9a-f]{64}$", read.Value.Digest);
    }

    [Fact]
    public void Read_SameEntryOtherOrderAndEscapes_SameDigest()
    {
        var reordered = Entry.Replace("\"max_loa\":\"B\",", "", StringComparison.Ordinal).Replace("{\"id\"", "{\"max_loa\":\"\\u0042\",\"id\"", StringComparison.Ordinal);

        var first = CandidateEntryReader.Read(Candidate(Entry)).Value.Digest;
        var second = CandidateEntryReader.Read(Candidate(reordered, ""","other":1""")).Value.Digest;

        Assert.Equal(first, second);
    }

    [Fact]
    public void Read_ChangedEntry_OtherDigest()
    {
        var first = CandidateEntryReader.Read(Candidate(Entry)).Value.Digest;
        var second = CandidateEntryReader.Read(Candidate(Entry.Replace("\"B\"", "\"A\"", StringComparison.Ordinal))).Value.Digest;

        Assert.NotEqual(first, second);
    }

    [Theory]
    [InlineData("""{"accounts":[]}""", "candidate.malformed")]
    [InlineData("""[1]""", "candidate.malformed")]
    [InlineData("""{"entry":{"id":"a"},"entry":{"id":"b"}}""", "candidate.malformed")]
    [InlineData("""{"entry":{"id":"a"}}""", "candidate.entry-invalid")]
    [InlineData("""{"entry":{"id":"a","conformance":null}}""", "candidate.managed-member")]
    [InlineData("""{"entry":{"id":"a","status_history":[]}}""", "candidate.managed-member")]
    public void Read_BadCandidate_FailsWithCode(string json, string code)
    {
        var read = CandidateEntryReader.Read(Encoding.UTF8.GetBytes(json));

        Assert.False(read.IsSuccess);
        Assert.Equal(code, read.Error!.Code);
    }
}
