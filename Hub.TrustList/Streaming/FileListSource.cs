using Microsoft.Win32.SafeHandles;

namespace Hub.TrustList.Streaming;

/// <summary>
/// A list in a file, read at positions (<see cref="RandomAccess"/>), so two passes can read it at once. Other
/// writers are denied while it is open (on Unix only other .NET processes honour this): the loader verifies a file
/// it wrote itself.
/// </summary>
internal sealed class FileListSource(string path) : ListSource
{
    private readonly SafeFileHandle _handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
    private long _length = -1;

    /// <summary>The length when first asked (one system call, not one per window).</summary>
    public override long Length => _length >= 0 ? _length : _length = RandomAccess.GetLength(_handle);

    public override int Read(long offset, Span<byte> buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = RandomAccess.Read(_handle, buffer[total..], offset + total);
            if (read == 0)
            {
                break;
            }
            total += read;
        }
        return total;
    }

    public override void Dispose() => _handle.Dispose();
}
