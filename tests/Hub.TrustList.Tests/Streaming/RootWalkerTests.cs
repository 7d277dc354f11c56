using System.Text;
using System.Text.Json;
using Hub.TrustList.Lookup;
using Hub.TrustList.Streaming;

namespace Hub.TrustList.Tests.Streaming;

/// <summary>The top-level walk through windows of any size: the same layout, the same errors, the digest of every byte.</summary>
public class RootWalkerTests
{
    private const string Document = """{ "a" : "x\"y", "big": [ {"k": [1, 2, {"z": null}]}, "s", 3, [] ], "o": {"p": [true]}, "n": null, "e": [] }""";

    private static ListLayout Scan(string json, int window)
    {
        using var source = new FileLikeSource(Encoding.UTF8.GetBytes(json));
        return LayoutScanner.Scan(source, window);
    }

    private static string Describe(ListLayout layout, string json)
        => string.Join("; ", layout.Members.Select(m => $"{m.Name}={Slice(json, m.Value)}" + (m.Elements is null ? "" : "[" + string.Join("|", m.Elements.Select(e => Slice(json, e))) + "]")));

    private static string Slice(string json, ByteRange range) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(json), (int)range.Start, range.Length);

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(16)]
    [InlineData(4096)]
    public void Scan_AnyWindow_SameLayoutAsInMemory(int window)
    {
        using var memory = new MemoryListSource(Encoding.UTF8.GetBytes(Document));
        var expected = Describe(LayoutScanner.Scan(memory), Document);

        Assert.Equal(expected, Describe(Scan(Document, window), Document));
        Assert.Equal("""a="x\"y"; big=[ {"k": [1, 2, {"z": null}]}, "s", 3, [] ][{"k": [1, 2, {"z": null}]}|"s"|3|[]]; o={"p": [true]}; n=null; e=[][]""", expected);
    }

    [Fact]
    public void Scan_StringMember_TextKept()
        => Assert.Equal("x\"y", Scan(Document, 8).Find("a")!.Text);

    [Fact]
    public void Scan_NullMember_Marked()
        => Assert.True(Scan(Document, 8).Find("n")!.IsNull);

    [Theory]
    [InlineData("[1]")]
    [InlineData("{\"a\":1} {}")]
    [InlineData("{\"a\":[1,2}")]
    [InlineData("{\"a\":1")]
    [InlineData("")]
    public void Scan_NotOneObject_JsonException(string json)
    {
        Assert.ThrowsAny<JsonException>(() => Scan(json, 4));
        Assert.ThrowsAny<JsonException>(() => Scan(json, 4096));
    }

    [Fact]
    public void Scan_DuplicateTopLevelMember_DuplicateMemberException()
        => Assert.Throws<Hub.TrustList.Canonicalization.DuplicateMemberException>(() => Scan("""{"a":[1],"b":2,"a":3}""", 3));

    [Fact]
    public void Scan_Malformed_MessageGivesTheDocumentOffset()
    {
        var error = Assert.ThrowsAny<JsonException>(() => Scan("""{"a":[1,2,3,4,5,6,7,8,9,x]}""", 4));

        Assert.Contains("of the document", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1 << 20)]
    public void Walk_WithDigest_DigestOfAllBytesTrailingWhitespaceIncluded(int window)
    {
        var bytes = Encoding.UTF8.GetBytes(Document + "\n  \n");
        using var source = new FileLikeSource(bytes);
        var walker = new RootWalker(source, digest: true, window);

        walker.Walk(new Ignore());

        Assert.Equal(TrustListDigest.Compute(bytes), walker.Digest);
    }

    /// <summary>Bytes served like a file: only through Read, never as one memory.</summary>
    private sealed class FileLikeSource(byte[] bytes) : ListSource
    {
        public override long Length => bytes.Length;

        public override int Read(long offset, Span<byte> buffer)
        {
            var count = (int)Math.Min(buffer.Length, bytes.Length - offset);
            bytes.AsSpan((int)offset, count).CopyTo(buffer);
            return count;
        }
    }

    private sealed class Ignore : RootVisitor
    {
        public override bool Member(string name, ref Utf8JsonReader reader, ReadOnlyMemory<byte> input, long inputOffset) => reader.TrySkip();

        public override void ArrayStart(string name, long offset)
        {
        }

        public override bool Element(string name, ref Utf8JsonReader reader, ReadOnlyMemory<byte> input, long inputOffset) => reader.TrySkip();

        public override void ArrayEnd(string name, long endOffset)
        {
        }
    }
}
