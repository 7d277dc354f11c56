using System.Text;
using System.Text.Json;

namespace Hub.TrustList.Canonicalization;

/// <summary>
/// Finds a member name that appears twice in one JSON object, at any depth. System.Text.Json keeps the last of
/// two equal names, a parser elsewhere may keep the first: a signed document with duplicates could be read two
/// ways, so it is refused. One forward pass; names are compared as decoded strings, so "a" equals "\u0061".
/// </summary>
public static class DuplicateMemberDetector
{
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 64 };

    /// <summary>
    /// The JSON path of the first duplicate member, or null when there is none.
    /// Throws <see cref="JsonException"/> when the input is not well-formed JSON.
    /// </summary>
    public static string? FindDuplicate(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, ReaderOptions);
        var scopes = new Stack<ObjectScope?>();
        var pool = new Stack<ObjectScope>();
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    scopes.Push(pool.Count > 0 ? pool.Pop() : new ObjectScope());
                    break;
                case JsonTokenType.StartArray:
                    scopes.Push(null);
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    if (scopes.Pop() is { } finished)
                    {
                        finished.Clear();
                        pool.Push(finished);
                    }
                    break;
                case JsonTokenType.PropertyName:
                    var name = reader.ValueIsEscaped ? reader.GetString()! : Encoding.UTF8.GetString(reader.ValueSpan);
                    if (!scopes.Peek()!.Add(name))
                    {
                        return $"{Describe(scopes.Count)}.{name}";
                    }
                    break;
            }
        }
        return null;
    }

    private static string Describe(int depth) => depth <= 1 ? "$" : $"$(depth {depth})";

    /// <summary>The names seen in one object: a list for the usual handful, a set for large objects.</summary>
    private sealed class ObjectScope
    {
        private const int ListLimit = 16;
        private readonly List<string> _names = new(ListLimit);
        private HashSet<string>? _set;

        public bool Add(string name)
        {
            if (_set is not null)
            {
                return _set.Add(name);
            }
            foreach (var seen in _names)
            {
                if (string.Equals(seen, name, StringComparison.Ordinal))
                {
                    return false;
                }
            }
            _names.Add(name);
            if (_names.Count > ListLimit)
            {
                _set = new HashSet<string>(_names, StringComparer.Ordinal);
            }
            return true;
        }

        public void Clear()
        {
            _names.Clear();
            _set = null;
        }
    }
}
