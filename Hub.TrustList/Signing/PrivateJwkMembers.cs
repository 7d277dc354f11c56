namespace Hub.TrustList.Signing;

/// <summary>The JWK members that carry private or symmetric key material (RFC 7518 §6.2.2, §6.3.2, §6.4.1).</summary>
public static class PrivateJwkMembers
{
    public static IReadOnlyList<string> Names { get; } = ["d", "p", "q", "dp", "dq", "qi", "oth", "k"];

    public static bool Contains(string member) => member is "d" or "p" or "q" or "dp" or "dq" or "qi" or "oth" or "k";
}
