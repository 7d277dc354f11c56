using System.Security.Cryptography;
using Hub.TrustList.Common;
using Hub.TrustList.Lookup;
using Hub.TrustList.Verification;

namespace Hub.TrustList.Loading;

/// <summary>
/// The local copy of the last verified list. A verified copy replaces it by a rename, so a crash leaves either the
/// old copy or the new one, never half of one. It is also where the current signed bytes are served from
/// (<see cref="ITrustListRawSource"/>).
/// </summary>
internal sealed class TrustListCache(string path)
{
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public string Directory => System.IO.Path.GetDirectoryName(Path)!;

    public bool Exists => File.Exists(Path);

    /// <summary>Verifies the cached copy in windows, with its freshness apart (<see cref="TrustListVerifier.VerifyAllButFreshness"/>).</summary>
    public Result<(TrustListSnapshot Snapshot, TrustListError? Stale), TrustListError> VerifyAllButFreshness(TrustListVerifier verifier)
    {
        var source = TrustListVerifier.OpenFile(Path);
        if (!source.IsSuccess)
        {
            return source.Error!;
        }
        using (source.Value)
        {
            return verifier.VerifyAllButFreshness(source.Value);
        }
    }

    /// <summary>Makes the verified file <paramref name="verifiedCopy"/> the cache (moved, not copied, when on the same volume).</summary>
    public void Replace(string verifiedCopy)
    {
        System.IO.Directory.CreateDirectory(Directory);
        File.Move(verifiedCopy, Path, overwrite: true);
    }

    /// <summary>
    /// Opens the file when it holds exactly the bytes of <paramref name="digest"/>; null otherwise. The open handle
    /// keeps reading the same bytes even if a newer list is renamed over the file meanwhile.
    /// </summary>
    public async Task<Stream?> OpenMatchingAsync(string digest, long length, CancellationToken cancellationToken)
    {
        FileStream file;
        try
        {
            file = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024, useAsync: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        try
        {
            if (file.Length == length && Base64Url.Encode(await SHA256.HashDataAsync(file, cancellationToken)) == digest)
            {
                file.Position = 0;
                return file;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Treated as a file that does not match.
        }
        await file.DisposeAsync();
        return null;
    }
}
