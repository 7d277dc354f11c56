using System.Text;
using System.Text.Json;

namespace Hub.TrustList.Canonicalization;

/// <summary>
/// Finds a member name that appears twice in one JSON object, at any depth. System.Text.Json keeps the last of
/// two equal names, a parser elsewhere may keep the first: a signed document with duplicates could be read two
/// ways, so it is refused. One forward pass without allocation per name; names are compared unescaped, so "a"
/// equals "\u0061".
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
        var unescaped = new byte[256];
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
                    var name = reader.ValueIsEscaped ? Unescape(ref reader, unescaped) : reader.ValueSpan;
                    if (!scopes.Peek()!.Add(name))
                    {
                        return $"{(scopes.Count <= 1 ? "$" : $"$(depth {scopes.Count})")}.{Encoding.UTF8.GetString(name)}";
                    }
                    break;
            }
        }
        return null;
    }

    private static ReadOnlySpan<byte> Unescape(ref Utf8JsonReader reader, Span<byte> buffer)
    {
        if (reader.ValueSpan.Length > buffer.Length)
        {
            return Encoding.UTF8.GetBytes(reader.GetString()!);
        }
        try
        {
            return buffer[..reader.CopyString(buffer)];
        }
        catch (InvalidOperationException e)
        {
            throw new JsonException("A member name holds an invalid escape.", e);
        }
    }

    /// <summary>
    /// The (unescaped UTF-8) names seen in one object: a scan of one growing buffer for the usual handful, a hash
    /// set once an object is large (so that a hostile object with many members costs linear time, not quadratic).
    /// </summary>
    private sealed class ObjectScope
    {
        private const int ScanLimit = 32;
        private byte[] _bytes = new byte[256];
        private readonly List<(int Offset, int Length)> _names = new(16);
        private HashSet<string>? _large;
        private int _used;

        public bool Add(ReadOnlySpan<byte> name)
        {
            if (_large is not null)
            {
                return _large.Add(Encoding.UTF8.GetString(name));
            }
            if (_names.Count == ScanLimit)
            {
                _large = new HashSet<string>(_names.Select(n => Encoding.UTF8.GetString(_bytes, n.Offset, n.Length)), StringComparer.Ordinal);
                return _large.Add(Encoding.UTF8.GetString(name));
            }
            foreach (var (offset, length) in _names)
            {
                if (length == name.Length && _bytes.AsSpan(offset, length).SequenceEqual(name))
                {
                    return false;
                }
            }
            if (_used + name.Length > _bytes.Length)
            {
                Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _used + name.Length));
            }
            name.CopyTo(_bytes.AsSpan(_used));
            _names.Add((_used, name.Length));
            _used += name.Length;
            return true;
        }

        public void Clear()
        {
            _names.Clear();
            _large = null;
            _used = 0;
        }
    }
}
