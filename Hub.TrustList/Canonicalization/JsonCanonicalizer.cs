using System.Buffers;
using System.Text.Json;

namespace Hub.TrustList.Canonicalization;

/// <summary>
/// The JSON Canonicalization Scheme (RFC 8785): no whitespace, members sorted by their names' UTF-16 code units,
/// strings with the minimal escapes of §3.2.2.2, numbers as ECMAScript prints doubles. Invalid input (malformed
/// JSON, duplicate member names, lone surrogates, numbers beyond double range) throws <see cref="JsonException"/>
/// (<see cref="DuplicateMemberException"/> for duplicates). Streams: no document tree is built.
/// </summary>
public static class JsonCanonicalizer
{
    public static byte[] Canonicalize(ReadOnlySpan<byte> utf8Json)
    {
        var output = new ArrayBufferWriter<byte>(Math.Max(256, utf8Json.Length));
        Write(utf8Json, output);
        return output.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Writes the canonical form of <paramref name="utf8Json"/>. <paramref name="excludedRootMember"/> leaves out one
    /// member of the top-level object (the trust list's <c>signature</c>).
    /// </summary>
    public static void Write(ReadOnlySpan<byte> utf8Json, IBufferWriter<byte> output, string? excludedRootMember = null)
    {
        var reader = new Utf8JsonReader(utf8Json, JsonRootMembers.ReaderOptions);
        if (!reader.Read())
        {
            throw new JsonException("The input holds no JSON value.");
        }
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            WriteRoot(utf8Json, JsonRootMembers.Scan(utf8Json), output, excludedRootMember);
            return;
        }
        new CanonicalValueWriter().WriteValue(ref reader, output);
        if (reader.Read())
        {
            throw new JsonException("The input has content after its JSON value.");
        }
    }

    /// <summary>
    /// Writes the canonical form of a top-level object already listed by <see cref="JsonRootMembers.Scan"/>. Its
    /// members are sorted by name and each value is canonicalized from its own slice, so the large arrays of a
    /// trust list are streamed, never buffered.
    /// </summary>
    public static void WriteRoot(ReadOnlySpan<byte> utf8Json, IReadOnlyList<RootMember> members, IBufferWriter<byte> output, string? excludedRootMember = null)
    {
        var sorted = members.ToArray();
        Array.Sort(sorted, static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        var writer = new CanonicalValueWriter();
        output.Write("{"u8);
        var first = true;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (i > 0 && sorted[i].Name == sorted[i - 1].Name)
            {
                throw new DuplicateMemberException(sorted[i].Name);
            }
            if (sorted[i].Name == excludedRootMember)
            {
                continue;
            }
            if (!first)
            {
                output.Write(","u8);
            }
            first = false;
            CanonicalScalars.WriteString(sorted[i].Name, output);
            output.Write(":"u8);
            var reader = new Utf8JsonReader(sorted[i].Value(utf8Json), JsonRootMembers.ReaderOptions);
            reader.Read();
            writer.WriteValue(ref reader, output, depth: 1);
        }
        output.Write("}"u8);
    }
}
