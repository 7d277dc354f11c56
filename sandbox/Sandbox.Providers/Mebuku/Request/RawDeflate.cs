using System.IO.Compression;
using Hub.TrustList.Common;

namespace Sandbox.Providers.Mebuku.Request;

/// <summary>Raw DEFLATE (RFC 1951) decoding with an output cap, so a DEFLATE bomb stops at the cap.</summary>
internal static class RawDeflate
{
    public static Result<byte[], SamlRequestError> Inflate(byte[] compressed, int maxBytes)
    {
        try
        {
            using var deflate = new DeflateStream(new MemoryStream(compressed), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[8192];
            int read;
            while ((read = deflate.Read(buffer)) > 0)
            {
                if (output.Length + read > maxBytes)
                {
                    return SamlRequestError.TooLarge;
                }
                output.Write(buffer, 0, read);
            }
            return Result<byte[], SamlRequestError>.Ok(output.ToArray());
        }
        catch (InvalidDataException)
        {
            return SamlRequestError.Malformed("The SAMLRequest is not raw DEFLATE data.");
        }
    }
}
