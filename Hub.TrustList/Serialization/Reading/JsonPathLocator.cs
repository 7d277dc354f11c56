using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Hub.TrustList.Serialization.Reading;

/// <summary>
/// The path (<c>$.relying_parties[2100].min_loa</c>) of the token that starts at a byte offset. Used only to report
/// errors: it reads the document again up to that point, so that reading a good list tracks no path.
/// </summary>
internal static class JsonPathLocator
{
    private sealed class Frame(bool isArray)
    {
        public bool IsArray { get; } = isArray;

        public int Count { get; set; }

        public int Index { get; set; } = -1;

        public string? Name { get; set; }
    }

    public static string Find(ReadOnlySpan<byte> json, long offset) => FindAll(json, [offset])[0];

    /// <summary>The paths of several offsets, in their order, in one reading of the document.</summary>
    public static string[] FindAll(ReadOnlySpan<byte> json, IReadOnlyList<long> offsets)
    {
        var order = Enumerable.Range(0, offsets.Count).OrderBy(i => offsets[i]).ToArray();
        var paths = new string[offsets.Count];
        var next = 0;
        var frames = new List<Frame>();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64 });
        try
        {
            while (next < order.Length && reader.Read())
            {
                var top = frames.Count > 0 ? frames[^1] : null;
                var isValue = reader.TokenType is not (JsonTokenType.PropertyName or JsonTokenType.EndObject or JsonTokenType.EndArray);
                if (isValue && top is { IsArray: true })
                {
                    top.Index = top.Count++;
                }
                if (reader.TokenType == JsonTokenType.PropertyName && top is not null)
                {
                    top.Name = reader.GetString();
                }
                while (next < order.Length && reader.TokenStartIndex >= offsets[order[next]])
                {
                    paths[order[next++]] = Describe(frames);
                }
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // The path up to the malformed part is still the best description.
        }
        for (; next < order.Length; next++)
        {
            paths[order[next]] = Describe(frames);
        }
        return paths;
    }

    private static string Describe(List<Frame> frames)
    {
        var path = new StringBuilder("$");
        foreach (var frame in frames)
        {
            if (frame.IsArray && frame.Index >= 0)
            {
                path.Append('[').Append(frame.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else if (!frame.IsArray && frame.Name is not null)
            {
                path.Append('.').Append(frame.Name);
            }
        }
        return path.ToString();
    }
}
