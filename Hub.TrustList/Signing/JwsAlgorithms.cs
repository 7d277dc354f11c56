namespace Hub.TrustList.Signing;

/// <summary>The JWS algorithms a trust list may be signed with (RFC 7518 §3). All hash with SHA-256.</summary>
public static class JwsAlgorithms
{
    public const string ES256 = "ES256";
    public const string RS256 = "RS256";
    public const string PS256 = "PS256";

    public static IReadOnlyList<string> Supported { get; } = [ES256, RS256, PS256];

    public static bool IsSupported(string? alg) => alg is ES256 or RS256 or PS256;
}
