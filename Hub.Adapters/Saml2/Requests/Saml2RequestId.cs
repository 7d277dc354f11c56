using Hub.TrustList.Common;

namespace Hub.Adapters.Saml2.Requests;

/// <summary>A request ID: an NCName ("_" then 32 lower-case hex digits = 128 random bits).</summary>
internal static class Saml2RequestId
{
    public static string New(ISecureRandom random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.Fill(bytes);
        return "_" + Convert.ToHexStringLower(bytes);
    }
}
