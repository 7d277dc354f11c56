using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Hub.TrustList.Model;
using Hub.TrustList.Streaming;
using static Hub.TrustList.Serialization.Reading.JsonValues;

namespace Hub.TrustList.Serialization.Reading;

/// <summary>
/// The state of one read: the input, the caches of shared values and the status findings, with the readers that
/// use them (member names, pooled strings, arrays, shared values). Each takes the reader on the value's first token
/// and leaves it on the value's last token; a value of the wrong type throws <see cref="ReadException"/> at its
/// offset. The scalar readers are in <see cref="JsonValues"/>.
/// </summary>
internal sealed class ReadContext
{
    private const int MaxNameLength = 64;
    private readonly char[] _name = new char[MaxNameLength];
    private long _memberStart;

    /// <summary>The bytes the current reader reads (offsets of its tokens are relative to them).</summary>
    public ReadOnlyMemory<byte> Input { get; private set; }

    /// <summary>Where <see cref="Input"/> starts in the document.</summary>
    public long InputOffset { get; private set; }

    /// <summary>Short strings that repeat: claim and key type names, region codes, reasons, profiles.</summary>
    public RawCache<string> Strings { get; } = new(8192, 48);

    public SharedValues Caches { get; } = new();

    public List<StatusFinding> StatusFindings { get; } = [];

    /// <summary>Starts reading a value from <paramref name="input"/>, which lies at <paramref name="offset"/> in the document.</summary>
    public void Enter(ReadOnlyMemory<byte> input, long offset)
    {
        Input = input;
        InputOffset = offset;
    }

    /// <summary>The next token; at the end of the window, <see cref="NeedMoreDataException"/> (the value is read again with more).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static JsonTokenType Next(ref Utf8JsonReader reader)
        => reader.Read() ? reader.TokenType : throw NeedMoreDataException.Instance;

    /// <summary>Checks that the value is an object and returns its offset, for messages about the object as a whole.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public long StartObject(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.StartObject ? reader.TokenStartIndex : throw Expected(ref reader, "an object");

    /// <summary>
    /// Moves to the next member of the current object and onto its value; false at the end of the object. The name
    /// is valid until the next call. Duplicate names need no check here: the signature path refuses them first.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool NextMember(ref Utf8JsonReader reader, out ReadOnlySpan<char> name)
    {
        if (Next(ref reader) == JsonTokenType.EndObject)
        {
            name = default;
            return false;
        }
        _memberStart = reader.TokenStartIndex;
        name = DecodeName(ref reader);
        Next(ref reader);
        return true;
    }

    public ReadException UnknownMember(ReadOnlySpan<char> name)
        => new(_memberStart, $"'{name}' is not a member of the schema (a list with unknown members is refused).");

    /// <summary>A string that many entries repeat, held once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string Pooled(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Expected(ref reader, "a string");
        }
        if (reader.ValueIsEscaped)
        {
            return GetString(ref reader);
        }
        var raw = reader.ValueSpan;
        if (Strings.TryGet(raw, out var pooled, out var slot))
        {
            return pooled;
        }
        var value = GetString(ref reader);
        Strings.Set(slot, raw, value);
        return value;
    }

    /// <summary>An array of non-null elements, as an array of exactly their number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public T[] Array<T>(ref Utf8JsonReader reader, ItemReader<T> item)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Expected(ref reader, "an array");
        }
        var builder = new ArrayBuilder<T>();
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                throw new ReadException(reader.TokenStartIndex, "a list element is null.");
            }
            builder.Add(item(ref reader, this));
        }
        return builder.ToArray();
    }

    /// <summary>
    /// A value read once per distinct JSON text and then shared (<see cref="RawCache{T}"/>). The value is skipped
    /// first to find its text; on a hit nothing else is read.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public T Shared<T>(ref Utf8JsonReader reader, RawCache<T> cache, ItemReader<T> item) where T : class
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return item(ref reader, this);
        }
        var start = (int)reader.TokenStartIndex;
        var probe = reader;
        if (!probe.TrySkip())
        {
            throw NeedMoreDataException.Instance;
        }
        var raw = Input.Span[start..(int)probe.BytesConsumed];
        if (cache.TryGet(raw, out var hit, out var slot))
        {
            reader = probe;
            return hit;
        }
        var value = item(ref reader, this);
        cache.Set(slot, raw, value);
        return value;
    }

    /// <summary>Records an entry whose written status is not its history's last status (an empty history is the history rule's).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void CheckStatus(in WrittenStatus written, IReadOnlyList<StatusChange> history, long entryStart)
    {
        if (written.Present && history.Count > 0 && written.Known != history[^1].Status)
        {
            StatusFindings.Add(new StatusFinding(InputOffset + entryStart, written.Text, history[^1].Status));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ReadOnlySpan<char> DecodeName(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped && reader.ValueSpan.Length <= MaxNameLength
            && Ascii.ToUtf16(reader.ValueSpan, _name, out var written) == System.Buffers.OperationStatus.Done)
        {
            return _name.AsSpan(0, written);
        }
        // Escaped, long or non-ASCII: no schema name is any of these but an escaped one; decode it properly.
        return GetString(ref reader);
    }
}
