using System.Text.Json;

namespace Hub.TrustList.Streaming;

/// <summary>
/// What a <see cref="RootWalker"/> reports of the top-level object. The reader handed to <see cref="Member"/> and
/// <see cref="Element"/> is on the value's first token, over <paramref name="input"/> that starts at byte
/// <paramref name="inputOffset"/> of the document; they leave it on the value's last token. When the value does
/// not end inside the window they return false or throw <see cref="NeedMoreDataException"/>, and are called again
/// for the same value with a larger window: they must not keep anything of an incomplete value.
/// </summary>
internal abstract class RootVisitor
{
    /// <summary>A member whose value is not an array.</summary>
    public abstract bool Member(string name, ref Utf8JsonReader reader, ReadOnlyMemory<byte> input, long inputOffset);

    /// <summary>A member whose value is an array: its elements follow, then <see cref="ArrayEnd"/>.</summary>
    public abstract void ArrayStart(string name, long offset);

    public abstract bool Element(string name, ref Utf8JsonReader reader, ReadOnlyMemory<byte> input, long inputOffset);

    public abstract void ArrayEnd(string name, long endOffset);
}
