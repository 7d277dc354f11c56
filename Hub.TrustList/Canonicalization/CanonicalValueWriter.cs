using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Hub.TrustList.Canonicalization;

/// <summary>
/// Writes the RFC 8785 form of JSON values read from a <see cref="Utf8JsonReader"/> in one pass. Arrays stream;
/// each object is assembled in a scratch buffer of its depth (members canonicalized, then sorted and copied out),
/// so memory stays proportional to the largest object below the top level, not to the document.
/// </summary>
internal sealed class CanonicalValueWriter
{
    private readonly List<ArrayBufferWriter<byte>> _scratch = [];
    private readonly List<List<Member>> _members = [];

    private readonly RawNameComparer _byRawName = new();

    private readonly record struct Member(int NameStart, int NameLength, string? Name, int ValueStart, int ValueLength);

    /// <summary>Orders members by their raw ASCII names (one instance, reused: sorting never nests).</summary>
    private sealed class RawNameComparer : IComparer<Member>
    {
        public ReadOnlyMemory<byte> Names { get; set; }

        public int Compare(Member a, Member b)
            => Names.Span.Slice(a.NameStart, a.NameLength).SequenceCompareTo(Names.Span.Slice(b.NameStart, b.NameLength));
    }

    /// <summary>Writes the value at the reader's current token (its first token already read).</summary>
    public void WriteValue(ref Utf8JsonReader reader, IBufferWriter<byte> output, int depth = 0)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                WriteObject(ref reader, output, depth);
                break;
            case JsonTokenType.StartArray:
                output.Write("["u8);
                var first = true;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (!first)
                    {
                        output.Write(","u8);
                    }
                    first = false;
                    WriteValue(ref reader, output, depth + 1);
                }
                output.Write("]"u8);
                break;
            case JsonTokenType.String:
                WriteStringToken(ref reader, output);
                break;
            case JsonTokenType.Number:
                CanonicalScalars.WriteNumber(reader.ValueSpan, output);
                break;
            case JsonTokenType.True:
                output.Write("true"u8);
                break;
            case JsonTokenType.False:
                output.Write("false"u8);
                break;
            case JsonTokenType.Null:
                output.Write("null"u8);
                break;
            default:
                throw new JsonException($"Unexpected JSON token {reader.TokenType}.");
        }
    }

    private void WriteObject(ref Utf8JsonReader reader, IBufferWriter<byte> output, int depth)
    {
        while (_scratch.Count <= depth)
        {
            _scratch.Add(new ArrayBufferWriter<byte>(1024));
            _members.Add([]);
        }
        var scratch = _scratch[depth];
        var members = _members[depth];
        scratch.ResetWrittenCount();
        members.Clear();
        var simpleNames = true;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            int nameStart = scratch.WrittenCount, nameLength;
            string? name = null;
            if (!reader.ValueIsEscaped && IsCanonicalAscii(reader.ValueSpan))
            {
                scratch.Write(reader.ValueSpan);
                nameLength = reader.ValueSpan.Length;
            }
            else
            {
                simpleNames = false;
                name = ReadString(ref reader);
                nameLength = 0;
            }
            reader.Read();
            var valueStart = scratch.WrittenCount;
            WriteValue(ref reader, scratch, depth + 1);
            members.Add(new Member(nameStart, nameLength, name, valueStart, scratch.WrittenCount - valueStart));
        }
        var written = scratch.WrittenSpan;
        if (!simpleNames)
        {
            // Give every member a .NET string: names are then compared as UTF-16 code units (RFC 8785 §3.2.3).
            for (var i = 0; i < members.Count; i++)
            {
                members[i] = members[i] with { Name = members[i].Name ?? Encoding.ASCII.GetString(written.Slice(members[i].NameStart, members[i].NameLength)) };
            }
            members.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        }
        else
        {
            _byRawName.Names = scratch.WrittenMemory;
            members.Sort(_byRawName);
        }
        output.Write("{"u8);
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            if (i > 0)
            {
                if (SameName(written, member, members[i - 1]))
                {
                    throw new DuplicateMemberException(member.Name ?? Encoding.ASCII.GetString(written.Slice(member.NameStart, member.NameLength)));
                }
                output.Write(","u8);
            }
            if (member.Name is null)
            {
                output.Write("\""u8);
                output.Write(written.Slice(member.NameStart, member.NameLength));
                output.Write("\""u8);
            }
            else
            {
                CanonicalScalars.WriteString(member.Name, output);
            }
            output.Write(":"u8);
            output.Write(written.Slice(member.ValueStart, member.ValueLength));
        }
        output.Write("}"u8);
    }

    private static bool SameName(ReadOnlySpan<byte> written, Member a, Member b)
        => a.Name is not null && b.Name is not null
            ? a.Name == b.Name
            : written.Slice(a.NameStart, a.NameLength).SequenceEqual(written.Slice(b.NameStart, b.NameLength));

    /// <summary>Printable ASCII with no escape: already canonical, and byte order equals UTF-16 order.</summary>
    internal static bool IsCanonicalAscii(ReadOnlySpan<byte> raw) => !raw.ContainsAnyExceptInRange((byte)0x20, (byte)0x7E) && !raw.Contains((byte)'\\');

    private static string ReadString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            throw new JsonException("A string holds invalid UTF-8, an invalid escape or a lone surrogate.", e);
        }
    }

    private static void WriteStringToken(ref Utf8JsonReader reader, IBufferWriter<byte> output)
    {
        // Without an escape the text is already canonical: JCS leaves every other character as it is.
        if (!reader.ValueIsEscaped && Utf8.IsValid(reader.ValueSpan))
        {
            output.Write("\""u8);
            output.Write(reader.ValueSpan);
            output.Write("\""u8);
            return;
        }
        CanonicalScalars.WriteString(ReadString(ref reader), output);
    }
}
