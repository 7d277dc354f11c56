using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Hub.TrustList.Streaming;

namespace Hub.TrustList.Canonicalization;

/// <summary>
/// The JSON Canonicalization Scheme (RFC 8785): no whitespace, members sorted by their names' UTF-16 code units,
/// strings with the minimal escapes of §3.2.2.2, numbers as ECMAScript prints doubles. Invalid input (malformed
/// JSON, duplicate member names, lone surrogates, numbers beyond double range) throws <see cref="JsonException"/>
/// (<see cref="DuplicateMemberException"/> for duplicates). Streams: no document tree is built.
/// </summary>
public static class JsonCanonicalizer
{
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 64 };

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
        var reader = new Utf8JsonReader(utf8Json, ReaderOptions);
        if (!reader.Read())
        {
            throw new JsonException("The input holds no JSON value.");
        }
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            using var source = new MemoryListSource(utf8Json.ToArray());
            using var window = new ListWindow(source);
            WriteRoot(LayoutScanner.Scan(source), window, output, excludedRootMember);
            return;
        }
        new CanonicalValueWriter().WriteValue(ref reader, utf8Json, output);
        if (reader.Read())
        {
            throw new JsonException("The input has content after its JSON value.");
        }
    }

    /// <summary>
    /// Writes the canonical form of a top-level object from its <see cref="ListLayout"/>: members sorted by name, each
    /// value canonicalized from its own bytes, and the elements of a top-level array one at a time, so the large
    /// arrays of a trust list are streamed, never buffered.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void WriteRoot(ListLayout layout, ListWindow window, IBufferWriter<byte> output, string? excludedRootMember = null)
    {
        var sorted = layout.Members.Where(m => m.Name != excludedRootMember).ToArray();
        Array.Sort(sorted, static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        var writer = new CanonicalValueWriter();
        var value = new ByteBuffer(64 * 1024);
        output.Write("{"u8);
        for (var i = 0; i < sorted.Length; i++)
        {
            if (i > 0)
            {
                output.Write(","u8);
            }
            CanonicalScalars.WriteString(sorted[i].Name, output);
            output.Write(":"u8);
            if (sorted[i].Elements is not { } elements)
            {
                WriteValue(writer, window.Get(sorted[i].Value).Span, value, output, depth: 1);
                continue;
            }
            output.Write("["u8);
            for (var e = 0; e < elements.Length; e++)
            {
                if (e > 0)
                {
                    output.Write(","u8);
                }
                WriteValue(writer, window.Get(elements[e]).Span, value, output, depth: 2);
            }
            output.Write("]"u8);
        }
        output.Write("}"u8);
    }

    /// <summary>One member value or array element: canonicalized into <paramref name="buffer"/>, then written out in one piece.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WriteValue(CanonicalValueWriter writer, ReadOnlySpan<byte> json, ByteBuffer buffer, IBufferWriter<byte> output, int depth)
    {
        var reader = new Utf8JsonReader(json, ReaderOptions);
        reader.Read();
        buffer.Clear();
        writer.WriteValue(ref reader, json, buffer, depth);
        output.Write(buffer.Written);
    }
}
