using System.Text;
using System.Text.Json;
using Hub.TrustList.Canonicalization;

namespace Hub.TrustList.Tests.Canonicalization;

public class DuplicateMemberDetectorTests
{
    private static string? Find(string json) => DuplicateMemberDetector.FindDuplicate(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void FindDuplicate_NoDuplicates_ReturnsNull()
        => Assert.Null(Find("""{"a":{"a":1,"b":[{"a":1},{"a":2}]},"b":2}"""));

    [Fact]
    public void FindDuplicate_TopLevel_NamesTheMember()
        => Assert.Equal("$.sequence", Find("""{"sequence":1,"x":0,"sequence":2}"""));

    [Fact]
    public void FindDuplicate_DeepInsideArray_Found()
        => Assert.NotNull(Find("""{"relying_parties":[{"client_id":"a"},{"client_id":"b","client_id":"c"}]}"""));

    [Fact]
    public void FindDuplicate_EscapedSpelling_Found()
        => Assert.NotNull(Find("""{"kid":"a","\u006bid":"b"}"""));

    [Fact]
    public void FindDuplicate_LargeObject_Found()
    {
        var members = string.Join(",", Enumerable.Range(0, 40).Select(i => $"\"m{i}\":{i}"));
        Assert.Null(Find("{" + members + "}"));
        Assert.NotNull(Find("{" + members + ",\"m7\":0}"));
    }

    [Fact]
    public void FindDuplicate_Malformed_Throws()
        => Assert.ThrowsAny<JsonException>(() => Find("""{"a":1,"""));
}
