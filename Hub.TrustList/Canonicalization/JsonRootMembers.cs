using System.Text.Json;

namespace Hub.TrustList.Canonicalization;

/// <summary>A member of the top-level object: its decoded name and where its value lies in the input.</summary>
public readonly record struct RootMember(string Name, int Start, int Length)
{
    public ReadOnlySpan<byte> Value(ReadOnlySpan<byte> json) => json.Slice(Start, Length);
}

/// <summary>
/// Lists the members of a top-level JSON object without building a document: one pass that skips (and so checks
/// the syntax of) each value. The trust-list verifier reads the <c>signature</c> and <c>next_update</c> from it and
/// hands the rest to the canonicalizer.
/// </summary>
public static class JsonRootMembers
{
    internal static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 64 };

    /// <summary>The members in document order. Throws <see cref="JsonException"/> when the input is not one JSON object.</summary>
    public static List<RootMember> Scan(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, ReaderOptions);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("The document is not a JSON object.");
        }
        var members = new List<RootMember>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            members.Add(new RootMember(name, start, (int)reader.BytesConsumed - start));
        }
        if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
        {
            throw new JsonException("The document has content after its top-level object.");
        }
        return members;
    }
}
