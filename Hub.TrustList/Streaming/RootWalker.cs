using System.Buffers;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;
using Hub.TrustList.Common;

namespace Hub.TrustList.Streaming;

/// <summary>
/// Reads the top-level object of a document through a window (1 MiB by default, larger only for a larger single
/// value) and reports its members, and the elements of the members that are arrays, to a <see cref="RootVisitor"/>.
/// A document in memory is one window. The syntax is checked as far as the visitor reads; the end of the document
/// is checked for trailing content. With <c>digest</c>, every byte is hashed once, in order, as it enters the window.
/// </summary>
internal sealed class RootWalker
{
    public const int DefaultWindow = 1 << 20;

    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 64 };

    private enum Position
    {
        BeforeRoot,
        InRoot,
        InArray,
        AfterRoot,
    }

    private readonly ListSource _source;
    private readonly int _initialWindow;
    private readonly bool _digest;

    public RootWalker(ListSource source, bool digest = false, int window = DefaultWindow)
    {
        _source = source;
        _digest = digest;
        _initialWindow = window;
    }

    /// <summary>The base64url SHA-256 of the whole document, after <see cref="Walk"/> when asked for.</summary>
    public string? Digest { get; private set; }

    /// <summary>Throws <see cref="JsonException"/> for malformed JSON or a document that is not one object.</summary>
    public void Walk(RootVisitor visitor)
    {
        if (_source.TryGetMemory(out var all))
        {
            if (_digest)
            {
                Digest = Base64Url.Encode(SHA256.HashData(all.Span));
            }
            Run(visitor, new WalkWindow(all));
            return;
        }
        using var hash = _digest ? IncrementalHash.CreateHash(HashAlgorithmName.SHA256) : null;
        var window = new WalkWindow(_source, _initialWindow, hash);
        try
        {
            Run(visitor, window);
            Digest = hash is null ? null : Base64Url.Encode(hash.GetHashAndReset());
        }
        finally
        {
            window.Return();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Run(RootVisitor visitor, WalkWindow window)
    {
        var saved = 0L;
        var state = new JsonReaderState(ReaderOptions);
        var position = Position.BeforeRoot;
        string? array = null;
        while (true)
        {
            var input = window.From(saved);
            var reader = new Utf8JsonReader(input.Span, window.IsFinal, state);
            var start = saved;
            try
            {
                while (Unit(visitor, ref reader, input, start, ref position, ref array))
                {
                    saved = start + reader.BytesConsumed;
                    state = reader.CurrentState;
                    if (position == Position.AfterRoot && window.IsFinal && saved == window.End)
                    {
                        return;
                    }
                }
            }
            catch (NeedMoreDataException)
            {
                // Read more and take the value again.
            }
            catch (JsonException e) when (e.BytePositionInLine is not null)
            {
                // The reader counts lines and bytes from the start of the window; say where in the document instead.
                throw new JsonException($"{WithoutPosition(e.Message)} (near byte {start + reader.BytesConsumed} of the document)", e);
            }
            if (window.IsFinal)
            {
                if (position == Position.AfterRoot)
                {
                    return;
                }
                throw new JsonException("The document ends in the middle of a value.");
            }
            window.Extend(saved);
        }
    }

    /// <summary>Reads one unit (the root's start, a member, an array's start, element or end); false when it does not end in the window.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Unit(RootVisitor visitor, ref Utf8JsonReader reader, ReadOnlyMemory<byte> input, long start, ref Position position, ref string? array)
    {
        switch (position)
        {
            case Position.BeforeRoot:
                if (!reader.Read())
                {
                    return false;
                }
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    throw new JsonException("The document is not a JSON object.");
                }
                position = Position.InRoot;
                return true;
            case Position.InRoot:
                if (!reader.Read())
                {
                    return false;
                }
                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    position = Position.AfterRoot;
                    return true;
                }
                var name = StringOf(ref reader);
                if (!reader.Read())
                {
                    return false;
                }
                if (reader.TokenType == JsonTokenType.StartArray)
                {
                    visitor.ArrayStart(name, start + reader.TokenStartIndex);
                    array = name;
                    position = Position.InArray;
                    return true;
                }
                return visitor.Member(name, ref reader, input, start);
            case Position.InArray:
                if (!reader.Read())
                {
                    return false;
                }
                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    visitor.ArrayEnd(array!, start + reader.BytesConsumed);
                    position = Position.InRoot;
                    return true;
                }
                return visitor.Element(array!, ref reader, input, start);
            default:
                if (reader.Read())
                {
                    throw new JsonException("The document has content after its top-level object.");
                }
                return false;
        }
    }

    private static string WithoutPosition(string message)
    {
        var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return at < 0 ? message : message[..at];
    }

    /// <summary>A string token as .NET text; invalid UTF-8 or a lone surrogate escape is malformed JSON.</summary>
    public static string StringOf(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            throw new JsonException("A string holds invalid UTF-8 or a lone surrogate: " + e.Message, e);
        }
    }
}
