using System.Buffers;
using System.Text.Json;
using Hub.TrustList.Canonicalization;
using Hub.TrustList.Model;

namespace Hub.TrustList.Verification;

/// <summary>
/// Reads a trust list into the model on all cores: the top level (without its two arrays) is read as one small
/// document, then the providers and relying parties are read element by element in parallel chunks. The result is
/// the same model the plain options give (a test holds them equal); any failure is reported by reading the
/// document again the plain way, which names the member at fault.
/// </summary>
internal static class TrustListDocumentReader
{
    private const string Providers = "identity_providers";
    private const string RelyingParties = "relying_parties";
    private const int ChunkSize = 1024;

    /// <summary>Throws <see cref="JsonException"/> (or another deserialization exception) when the document does not fit the model.</summary>
    public static TrustListDocument Read(ReadOnlyMemory<byte> json, IReadOnlyList<RootMember> members)
    {
        var skeleton = JsonSerializer.Deserialize<TrustListDocument>(Skeleton(json.Span, members), VerifierJson.Options)
            ?? throw new JsonException("The document is null.");
        var providers = ReadArray<IdentityProviderEntry>(json, members, Providers);
        var relyingParties = ReadArray<RelyingPartyEntry>(json, members, RelyingParties);
        return skeleton with { IdentityProviders = providers, RelyingParties = relyingParties };
    }

    /// <summary>The top-level object with both arrays emptied: the scalar members are checked by the serializer as usual.</summary>
    private static byte[] Skeleton(ReadOnlySpan<byte> json, IReadOnlyList<RootMember> members)
    {
        var output = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(output))
        {
            writer.WriteStartObject();
            foreach (var member in members)
            {
                writer.WritePropertyName(member.Name);
                if (member.Name is Providers or RelyingParties && member.Value(json).TrimStart(" \t\r\n"u8).StartsWith("["u8))
                {
                    writer.WriteStartArray();
                    writer.WriteEndArray();
                }
                else
                {
                    writer.WriteRawValue(member.Value(json), skipInputValidation: true);
                }
            }
            writer.WriteEndObject();
        }
        return output.WrittenSpan.ToArray();
    }

    private static T[] ReadArray<T>(ReadOnlyMemory<byte> json, IReadOnlyList<RootMember> members, string name)
    {
        var member = members.FirstOrDefault(m => m.Name == name);
        if (member.Name is null)
        {
            return []; // a missing array was already refused when the skeleton was read
        }
        var elements = ElementRanges(member.Value(json.Span), member.Start);
        var items = new T[elements.Count];
        var chunks = (elements.Count + ChunkSize - 1) / ChunkSize;
        try
        {
            Parallel.For(0, chunks, chunk => ReadChunk(json, elements, items, chunk, name));
        }
        catch (AggregateException e)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        return items;
    }

    private static void ReadChunk<T>(ReadOnlyMemory<byte> json, List<(int Start, int Length)> elements, T[] items, int chunk, string name)
    {
        using var pool = PooledStringConverter.Scope();
        var end = Math.Min(elements.Count, (chunk + 1) * ChunkSize);
        for (var i = chunk * ChunkSize; i < end; i++)
        {
            var (start, length) = elements[i];
            items[i] = JsonSerializer.Deserialize<T>(json.Span.Slice(start, length), VerifierJson.Options)
                ?? throw new JsonException($"{name}[{i}] is null.");
        }
    }

    /// <summary>Where each element of a JSON array lies in the whole document.</summary>
    private static List<(int Start, int Length)> ElementRanges(ReadOnlySpan<byte> array, int offset)
    {
        var reader = new Utf8JsonReader(array, JsonRootMembers.ReaderOptions);
        reader.Read();
        var ranges = new List<(int, int)>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            ranges.Add((offset + start, (int)reader.BytesConsumed - start));
        }
        return ranges;
    }
}
