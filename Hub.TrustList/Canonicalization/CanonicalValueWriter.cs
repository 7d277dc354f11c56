using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Unicode;
using System.Text;

namespace Hub.TrustList.Canonicalization;

/// <summary>
/// Writes the RFC 8785 form of JSON values read from a <see cref="Utf8JsonReader"/> in one pass. Arrays stream;
/// each object is assembled in a scratch buffer of its depth (members canonicalized, then sorted and copied out),
/// so memory stays proportional to the largest object below the top level, not to the document. A string without
/// escapes and a short integer are already canonical: their bytes are copied as they are.
/// </summary>
internal sealed class CanonicalValueWriter
{
    private readonly List<Level> _levels = [];

    /// <summary>A member: where its raw name (or, for a name that needs decoding, its .NET string) and its canonical value lie in the scratch.</summary>
    private record struct Member(int NameStart, int NameLength, string? Name, int ValueStart, int ValueLength);

    private sealed class Level
    {
        public ByteBuffer Scratch { get; } = new();

        public Member[] Members { get; set; } = new Member[16];
    }

    /// <summary>Writes the value at the reader's current token (its first token already read) to any buffer writer.</summary>
    public void WriteValue(ref Utf8JsonReader reader, ReadOnlySpan<byte> input, IBufferWriter<byte> output, int depth = 0)
    {
        var buffer = new ByteBuffer();
        WriteValue(ref reader, input, buffer, depth);
        output.Write(buffer.Written);
    }

    /// <summary>Writes the value at the reader's current token; <paramref name="input"/> is what the reader reads.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void WriteValue(ref Utf8JsonReader reader, ReadOnlySpan<byte> input, ByteBuffer output, int depth)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                WriteObject(ref reader, input, output, depth);
                break;
            case JsonTokenType.StartArray:
                output.Add((byte)'[');
                var first = true;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (!first)
                    {
                        output.Add((byte)',');
                    }
                    first = false;
                    WriteValue(ref reader, input, output, depth + 1);
                }
                output.Add((byte)']');
                break;
            case JsonTokenType.String:
                WriteString(ref reader, input, output);
                break;
            case JsonTokenType.Number:
                CanonicalScalars.WriteNumber(reader.ValueSpan, output);
                break;
            case JsonTokenType.True:
                output.Add("true"u8);
                break;
            case JsonTokenType.False:
                output.Add("false"u8);
                break;
            case JsonTokenType.Null:
                output.Add("null"u8);
                break;
            default:
                throw new JsonException($"Unexpected JSON token {reader.TokenType}.");
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteObject(ref Utf8JsonReader reader, ReadOnlySpan<byte> input, ByteBuffer output, int depth)
    {
        while (_levels.Count <= depth)
        {
            _levels.Add(new Level());
        }
        var level = _levels[depth];
        var scratch = level.Scratch;
        scratch.Clear();
        var count = 0;
        var simpleNames = true;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            int nameStart = scratch.Length, nameLength;
            string? name = null;
            if (!reader.ValueIsEscaped && IsCanonicalAscii(reader.ValueSpan))
            {
                scratch.Add(reader.ValueSpan);
                nameLength = reader.ValueSpan.Length;
            }
            else
            {
                simpleNames = false;
                name = ReadString(ref reader);
                nameLength = 0;
            }
            reader.Read();
            var valueStart = scratch.Length;
            WriteValue(ref reader, input, scratch, depth + 1);
            if (count == level.Members.Length)
            {
                level.Members = [.. level.Members, .. new Member[count]];
            }
            level.Members[count++] = new Member(nameStart, nameLength, name, valueStart, scratch.Length - valueStart);
        }
        var members = level.Members.AsSpan(0, count);
        var written = scratch.Written;
        if (simpleNames)
        {
            SortByRawName(members, written);
        }
        else
        {
            // Give every member a .NET string: names are then compared as UTF-16 code units (RFC 8785 §3.2.3).
            for (var i = 0; i < members.Length; i++)
            {
                members[i].Name ??= Encoding.ASCII.GetString(written.Slice(members[i].NameStart, members[i].NameLength));
            }
            members.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        }
        output.Add((byte)'{');
        for (var i = 0; i < members.Length; i++)
        {
            var member = members[i];
            if (i > 0)
            {
                if (SameName(written, member, members[i - 1]))
                {
                    throw new DuplicateMemberException(member.Name ?? Encoding.ASCII.GetString(written.Slice(member.NameStart, member.NameLength)));
                }
                output.Add((byte)',');
            }
            if (member.Name is null)
            {
                output.Add((byte)'"');
                output.Add(written.Slice(member.NameStart, member.NameLength));
                output.Add((byte)'"');
            }
            else
            {
                CanonicalScalars.WriteString(member.Name, output);
            }
            output.Add((byte)':');
            output.Add(written.Slice(member.ValueStart, member.ValueLength));
        }
        output.Add((byte)'}');
    }

    /// <summary>Insertion sort on the raw ASCII names: objects are small, and byte order equals UTF-16 order for them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SortByRawName(Span<Member> members, ReadOnlySpan<byte> names)
    {
        for (var i = 1; i < members.Length; i++)
        {
            var member = members[i];
            var name = names.Slice(member.NameStart, member.NameLength);
            var j = i - 1;
            while (j >= 0 && names.Slice(members[j].NameStart, members[j].NameLength).SequenceCompareTo(name) > 0)
            {
                members[j + 1] = members[j];
                j--;
            }
            members[j + 1] = member;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool SameName(ReadOnlySpan<byte> written, Member a, Member b)
        => a.Name is not null && b.Name is not null
            ? a.Name == b.Name
            : written.Slice(a.NameStart, a.NameLength).SequenceEqual(written.Slice(b.NameStart, b.NameLength));

    /// <summary>Printable ASCII with no escape: already canonical, and byte order equals UTF-16 order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WriteString(ref Utf8JsonReader reader, ReadOnlySpan<byte> input, ByteBuffer output)
    {
        // Without an escape the text is already canonical (JCS leaves every other character as it is): copy the token,
        // quotes included, in one piece.
        if (!reader.ValueIsEscaped && Utf8.IsValid(reader.ValueSpan))
        {
            output.Add(input.Slice((int)reader.TokenStartIndex, reader.ValueSpan.Length + 2));
            return;
        }
        CanonicalScalars.WriteString(ReadString(ref reader), output);
    }
}
