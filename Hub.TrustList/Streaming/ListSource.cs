namespace Hub.TrustList.Streaming;

/// <summary>
/// The bytes of a signed list as the verifier reads them: already in memory, or in a file read at positions, so
/// that the signature pass and the model pass each read their own window at the same time, and a large list is
/// never held whole. The bytes must not change while they are verified.
/// </summary>
internal abstract class ListSource : IDisposable
{
    public abstract long Length { get; }

    /// <summary>Reads bytes from <paramref name="offset"/> into <paramref name="buffer"/>; fewer only at the end.</summary>
    public abstract int Read(long offset, Span<byte> buffer);

    /// <summary>The whole document, when it is in memory already (then no window is copied).</summary>
    public virtual bool TryGetMemory(out ReadOnlyMemory<byte> memory)
    {
        memory = default;
        return false;
    }

    /// <summary>The whole document, for error messages only (the path of a fault is found by reading it again).</summary>
    public ReadOnlyMemory<byte> ReadAll()
    {
        if (TryGetMemory(out var memory))
        {
            return memory;
        }
        var all = new byte[Length];
        return all.AsMemory(0, Read(0, all));
    }

    public virtual void Dispose()
    {
    }
}
