namespace Hub.TrustList.Common;

/// <summary>Unpadded base64url (RFC 4648 §5), as JOSE uses it.</summary>
public static class Base64Url
{
    public static string Encode(ReadOnlySpan<byte> data) => System.Buffers.Text.Base64Url.EncodeToString(data);

    public static byte[] Decode(string text) => System.Buffers.Text.Base64Url.DecodeFromChars(text);

    public static bool TryDecode(string text, out byte[] data)
    {
        try
        {
            data = Decode(text);
            return true;
        }
        catch (FormatException)
        {
            data = [];
            return false;
        }
    }
}
