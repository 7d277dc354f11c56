using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.TrustList.Serialization;
using Hub.TrustList.Signing;
using Hub.TrustList.Model;
using Hub.TrustList.Tests.TestSupport;

namespace Hub.TrustList.Tests.Signing;

public class TrustListSignerTests
{
    [Theory]
    [InlineData(JwsAlgorithms.ES256)]
    [InlineData(JwsAlgorithms.RS256)]
    [InlineData(JwsAlgorithms.PS256)]
    public void Sign_EachAlgorithm_VerifiesWithTheMatchingAnchor(string alg)
    {
        var key = TestKeys.NewKey(alg);

        var signed = TrustListSigner.Sign(TestTrustLists.Minimal(), key);

        var result = Verifiers.Pinning(key.PublicAnchor).Verify(signed);
        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal(100, result.Value.Sequence);
    }

    [Fact]
    public void Sign_Document_ReadableJsonWithSignatureLast()
    {
        var signed = Encoding.UTF8.GetString(TrustListSigner.Sign(TestTrustLists.Minimal(), TestKeys.Coordinator));

        Assert.Contains("\n  \"sequence\": 100,", signed);
        Assert.Contains("めぶくID", signed); // not \u-escaped
        var members = JsonNode.Parse(signed)!.AsObject().Select(m => m.Key).ToList();
        Assert.Equal("signature", members[^1]);
    }

    [Fact]
    public void Sign_ReformattedAfterSigning_StillVerifies()
    {
        var signed = TrustListSigner.Sign(TestTrustLists.Minimal(), TestKeys.Coordinator);

        // The canonical form, not the layout, is signed: compact and re-ordered output verifies the same.
        var node = JsonNode.Parse(signed)!.AsObject();
        var reordered = new JsonObject(node.Reverse().Select(m => KeyValuePair.Create(m.Key, m.Value?.DeepClone())));
        var compact = Encoding.UTF8.GetBytes(reordered.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default }));

        Assert.True(Verifiers.Pinning().Verify(compact).IsSuccess);
    }

    [Fact]
    public void SignRaw_AlreadySigned_ReplacesTheSignature()
    {
        var first = TrustListSigner.Sign(TestTrustLists.Minimal(), TestKeys.Stranger);

        var again = TrustListSigner.SignRaw(first, TestKeys.Coordinator);

        Assert.True(Verifiers.Pinning().Verify(again).IsSuccess);
        Assert.Single(JsonNode.Parse(again)!.AsObject(), m => m.Key == "signature");
    }

    [Fact]
    public void SignRaw_DuplicateMember_Throws()
        => Assert.ThrowsAny<JsonException>(() => TrustListSigner.SignRaw("""{"a":1,"a":2}"""u8, TestKeys.Coordinator));

    [Fact]
    public void SignRaw_NotAnObject_Throws()
        => Assert.ThrowsAny<JsonException>(() => TrustListSigner.SignRaw("[1]"u8, TestKeys.Coordinator));

    [Fact]
    public void Sign_Compact_NoIndentation()
    {
        var signed = TrustListSigner.Sign(TestTrustLists.Minimal(), TestKeys.Coordinator, indented: false);

        Assert.DoesNotContain((byte)'\n', signed);
        var document = JsonSerializer.Deserialize<TrustListDocument>(signed, TrustListJson.Options)!;
        Assert.NotNull(document.Signature);
    }
}
