using Hub.TrustList.Common;

namespace Sandbox.Providers.Mebuku.Xml;

/// <summary>Fresh, unique, NCName-safe message IDs (160 random bits).</summary>
internal static class SamlIds
{
    public static string New(ISecureRandom random)
    {
        Span<byte> bytes = stackalloc byte[20];
        random.Fill(bytes);
        return "_" + Convert.ToHexStringLower(bytes);
    }
}
