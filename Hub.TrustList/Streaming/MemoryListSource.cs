namespace Hub.TrustList.Streaming;

/// <summary>A list given as bytes (the CLI, tests, small lists).</summary>
internal sealed class MemoryListSource(ReadOnlyMemory<byte> json) : ListSource
{
    public override long Length => json.Length;

    public override int Read(long offset, Span<byte> buffer)
    {
        var available = json.Span[(int)Math.Min(offset, json.Length)..];
        var count = Math.Min(available.Length, buffer.Length);
        available[..count].CopyTo(buffer);
        return count;
    }

    public override bool TryGetMemory(out ReadOnlyMemory<byte> memory)
    {
        memory = json;
        return true;
    }
}
