namespace Hub.TrustList.Loading;

/// <summary>
/// The local copy of the last verified list. Written only after verification, through a temporary file and a
/// rename, so a crash leaves either the old copy or the new one, never half of one.
/// </summary>
internal sealed class TrustListCache(string path)
{
    public string Path { get; } = path;

    public byte[]? TryRead() => File.Exists(Path) ? File.ReadAllBytes(Path) : null;

    public async Task WriteAsync(ReadOnlyMemory<byte> verifiedJson, CancellationToken cancellationToken)
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;
        Directory.CreateDirectory(directory);
        var temporary = System.IO.Path.Combine(directory, $".{System.IO.Path.GetFileName(Path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            {
                await file.WriteAsync(verifiedJson, cancellationToken);
                await file.FlushAsync(cancellationToken);
            }
            File.Move(temporary, Path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
