namespace Hub.Gateway.Stores.Chaining;

/// <summary>The newest link of a chain as the store last wrote it, kept apart from the records to detect truncation.</summary>
public sealed record ChainHead(long Sequence, string Hash)
{
    /// <summary>The "previous hash" of the first record.</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    public static ChainHead Empty { get; } = new(0, GenesisHash);

    /// <summary>The head as stored in Redis: "sequence:hash".</summary>
    public string Format() => Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + Hash;

    public static ChainHead Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Empty;
        }
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !long.TryParse(text.AsSpan(0, colon), System.Globalization.CultureInfo.InvariantCulture, out var sequence))
        {
            throw new InvalidDataException("The chain head is malformed.");
        }
        return new ChainHead(sequence, text[(colon + 1)..]);
    }
}
