using System.Text;
using System.Text.Json;
using Hub.TrustList.Canonicalization;

namespace Hub.TrustList.Tests.Canonicalization;

/// <summary>The RFC 8785 examples (§3.2.2, §3.2.3) and the input/output pairs its test data names, written out here.</summary>
public class JsonCanonicalizerTests
{
    private static string Canonical(string json) => Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void Canonicalize_Arrays_KeepsOrderAndSortsNestedMembers()
        => Assert.Equal("""[56,{"1":[],"10":null,"d":true}]""", Canonical("""
            [
              56,
              {
                "d": true,
                "10": null,
                "1": [ ]
              }
            ]
            """));

    [Fact]
    public void Canonicalize_French_IgnoresLocaleWhenSorting()
        => Assert.Equal(
            """{"peach":"This sorting order","péché":"is wrong according to French","pêche":"but canonicalization MUST","sin":"ingnore locale"}""",
            Canonical("""
                {
                  "peach": "This sorting order",
                  "péché": "is wrong according to French",
                  "pêche": "but canonicalization MUST",
                  "sin":   "ingnore locale"
                }
                """));

    [Fact]
    public void Canonicalize_Structures_SortsRecursivelyAndNormalizesNumbers()
        => Assert.Equal(
            """{"":"empty","1":{"\n":56,"f":{"F":5,"f":"hi"}},"10":{},"111":[{}],"A":{},"a":{}}""",
            Canonical("""
                {
                  "1": {"f": {"f": "hi","F": 5} ,"\n": 56.0},
                  "10": { },
                  "": "empty",
                  "a": { },
                  "111": [ { } ],
                  "A": { }
                }
                """));

    [Fact]
    public void Canonicalize_Unicode_DoesNotNormalize()
        => Assert.Equal("{\"Unnormalized Unicode\":\"\u1e0d\u0307\"}", Canonical("""{"Unnormalized Unicode":"\u1e0d\u0307"}"""));

    [Fact]
    public void Canonicalize_Values_SerializesNumbersStringsAndLiterals()
        => Assert.Equal(
            "{\"escaping\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\",\"literals\":[null,true,false],\"numbers\":[1e+30,4.5,333333333.3333333,0.002,1e-27]}",
            Canonical("""
                {
                  "numbers": [1E30, 4.50, 333333333.33333329, 2e-3, 0.000000000000000000000000001],
                  "escaping": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
                  "literals": [null, true, false]
                }
                """));

    [Fact]
    public void Canonicalize_Weird_SortsByUtf16CodeUnits()
        => Assert.Equal(
            "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"</script>\":\"Browser Challenge\",\"\u0080\":\"Control\u007f\",\"\u00f6\":\"Latin Small Letter O With Diaeresis\","
            + "\"\u20ac\":\"Euro Sign\",\"\ud83d\ude02\":\"Smiley\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}",
            Canonical("""
                {
                  "\u20ac": "Euro Sign",
                  "\r": "Carriage Return",
                  "\ufb33": "Hebrew Letter Dalet With Dagesh",
                  "1": "One",
                  "\ud83d\ude02": "Smiley",
                  "\u0080": "Control\u007f",
                  "\u00f6": "Latin Small Letter O With Diaeresis",
                  "</script>": "Browser Challenge"
                }
                """));

    [Fact]
    public void Canonicalize_SupplementaryCharacterBeforePrivateUse_SortsAsUtf16NotCodePoints()
    {
        // U+1F600 is D83D DE00 in UTF-16, below U+E000: UTF-16 order puts it first, code-point order last.
        Assert.Equal("{\"\ud83d\ude00\":2,\"\ue000\":1}", Canonical("{\"\ue000\":1,\"\ud83d\ude00\":2}"));
    }

    [Theory]
    [InlineData("-0", "0")]
    [InlineData("-0.0", "0")]
    [InlineData("1e+30", "1e+30")]
    [InlineData("4.50", "4.5")]
    [InlineData("2e-3", "0.002")]
    [InlineData("1E-27", "1e-27")]
    [InlineData("333333333.33333329", "333333333.3333333")]
    [InlineData("100", "100")]
    [InlineData("1.0", "1")]
    [InlineData("123456789012345678", "123456789012345680")]
    [InlineData("1e21", "1e+21")]
    [InlineData("-1.5e-7", "-1.5e-7")]
    public void Canonicalize_Number_PrintsLikeEcmaScript(string input, string expected) => Assert.Equal(expected, Canonical(input));

    [Theory]
    [InlineData("\"\\u0008\\u0009\\u000a\\u000c\\u000d\"", "\"\\b\\t\\n\\f\\r\"")]
    [InlineData("\"\\u001f\\u0000\"", "\"\\u001f\\u0000\"")]
    [InlineData("\"\\u00e9\\/\\u3042\"", "\"\u00e9/\u3042\"")]
    public void Canonicalize_String_UsesMinimalEscapes(string input, string expected) => Assert.Equal(expected, Canonical(input));

    [Fact]
    public void Canonicalize_LoneSurrogate_Throws()
        => Assert.ThrowsAny<JsonException>(() => Canonical("""{"a":"\ud800"}"""));

    [Fact]
    public void Canonicalize_DuplicateMember_Throws()
        => Assert.ThrowsAny<JsonException>(() => Canonical("""{"a":1,"b":2,"a":3}"""));

    [Fact]
    public void Canonicalize_EscapedDuplicateMember_Throws()
        => Assert.ThrowsAny<JsonException>(() => Canonical("""{"a":1,"\u0061":2}"""));

    [Fact]
    public void Canonicalize_NumberBeyondDouble_Throws()
        => Assert.ThrowsAny<JsonException>(() => Canonical("[1e400]"));

    [Fact]
    public void Canonicalize_DuplicateTopLevelMember_ThrowsDuplicateMember()
        => Assert.Equal("a", Assert.Throws<DuplicateMemberException>(() => Canonical("""{"a":1,"b":2,"a":3}""")).MemberName);

    [Fact]
    public void Canonicalize_DuplicateNestedMember_ThrowsDuplicateMember()
        => Assert.Throws<DuplicateMemberException>(() => Canonical("""[{"x":{"k":1,"k":1}}]"""));

    [Fact]
    public void Canonicalize_TrailingContent_Throws()
        => Assert.ThrowsAny<JsonException>(() => Canonical("""{"a":1} {"b":2}"""));

    [Fact]
    public void Canonicalize_InvalidUtf8_Throws()
        => Assert.ThrowsAny<JsonException>(() => JsonCanonicalizer.Canonicalize([(byte)'"', 0xC3, 0x28, (byte)'"']));

    [Fact]
    public void Canonicalize_TopLevelString_Unescaped() => Assert.Equal("\"\u20ac\"", Canonical("\"\\u20ac\""));

    [Fact]
    public void Canonicalize_MalformedJson_Throws()
        => Assert.ThrowsAny<JsonException>(() => Canonical("{\"a\":"));

    [Fact]
    public void Write_ExcludedRootMember_LeavesOnlyThatMemberOut()
    {
        var output = new System.Buffers.ArrayBufferWriter<byte>();
        JsonCanonicalizer.Write("""{"b":{"signature":1},"signature":"x","a":2}"""u8, output, excludedRootMember: "signature");
        Assert.Equal("""{"a":2,"b":{"signature":1}}""", Encoding.UTF8.GetString(output.WrittenSpan));
    }
}
