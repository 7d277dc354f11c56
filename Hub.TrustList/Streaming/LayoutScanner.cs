using System.Runtime.CompilerServices;
using System.Text.Json;
using Hub.TrustList.Canonicalization;

namespace Hub.TrustList.Streaming;

/// <summary>
/// The first pass of the signature check: lists the top-level members and the elements of the top-level arrays, by
/// skipping each value (which checks its syntax). The canonical form is then written member by member in sorted
/// order from these positions, so no member is ever held whole. A member name that appears twice throws
/// <see cref="DuplicateMemberException"/>.
/// </summary>
internal sealed class LayoutScanner : RootVisitor
{
    private readonly List<LayoutMember> _members = [];
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly List<ByteRange> _elements = [];
    private long _arrayStart;

    /// <param name="digest">Also hash every byte (it is read once, in order, here anyway).</param>
    public static ListLayout Scan(ListSource source, int window = RootWalker.DefaultWindow, bool digest = false)
    {
        var scanner = new LayoutScanner();
        var walker = new RootWalker(source, digest, window);
        walker.Walk(scanner);
        return new ListLayout(scanner._members, walker.Digest);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override bool Member(string name, ref Utf8JsonReader reader, ReadOnlyMemory<byte> input, long inputOffset)
    {
        var start = reader.TokenStartIndex;
        if (!reader.TrySkip())
        {
            return false;
        }
        var text = reader.TokenType == JsonTokenType.String ? RootWalker.StringOf(ref reader) : null;
        Add(new LayoutMember(name, new ByteRange(inputOffset + start, (int)(reader.BytesConsumed - start)), null, text, reader.TokenType == JsonTokenType.Null));
        return true;
    }

    public override void ArrayStart(string name, long offset)
    {
        _arrayStart = offset;
        _elements.Clear();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override bool Element(string name, ref Utf8JsonReader reader, ReadOnlyMemory<byte> input, long inputOffset)
    {
        var start = reader.TokenStartIndex;
        if (!reader.TrySkip())
        {
            return false;
        }
        _elements.Add(new ByteRange(inputOffset + start, (int)(reader.BytesConsumed - start)));
        return true;
    }

    public override void ArrayEnd(string name, long endOffset)
        => Add(new LayoutMember(name, new ByteRange(_arrayStart, (int)(endOffset - _arrayStart)), [.. _elements], null, false));

    private void Add(LayoutMember member)
    {
        if (!_names.Add(member.Name))
        {
            throw new DuplicateMemberException(member.Name);
        }
        _members.Add(member);
    }
}
