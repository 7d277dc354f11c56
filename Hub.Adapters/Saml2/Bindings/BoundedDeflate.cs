using System.IO.Compression;

namespace Hub.Adapters.Saml2.Bindings;

/// <summary>
/// Raw DEFLATE (RFC 1951) as the Redirect binding uses it. Inflation stops as soon as the output passes the cap,
/// so a DEFLATE bomb costs at most <c>maxBytes</c> of memory.
/// </summary>
internal static class BoundedDeflate
{
    public static byte[] Deflate(ReadOnlySpan<byte> data)
    {
        using var output = new MemoryStream();
        using (var deflate = new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(data);
        }
        return output.ToArray();
    }

    /// <summary>The inflated bytes; null if the output exceeds <paramref name="maxBytes"/>.</summary>
    /// <exception cref="InvalidDataException">The input is not valid DEFLATE data.</exception>
    public static byte[]? Inflate(byte[] compressed, int maxBytes)
    {
        using var input = new MemoryStream(compressed, writable: false);
        using var inflate = new DeflateStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        var buffer = new byte[8192];
        int read;
        while ((read = inflate.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (output.Length + read > maxBytes)
            {
                return null;
            }
            output.Write(buffer, 0, read);
        }
        return output.ToArray();
    }
}
