namespace Hub.TrustList.Loading;

/// <summary>
/// The signed bytes of one release (<see cref="ITrustListRawSource"/>), as a stream at its start. <see cref="Digest"/>
/// (base64url SHA-256, a good ETag) and <see cref="Length"/> were checked against the snapshot. Dispose it.
/// </summary>
public sealed class SignedTrustListContent(Stream content, long sequence, string digest, long length) : IDisposable, IAsyncDisposable
{
    public Stream Content { get; } = content;

    public long Sequence { get; } = sequence;

    public string Digest { get; } = digest;

    public long Length { get; } = length;

    public void Dispose() => Content.Dispose();

    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
