using Microsoft.IdentityModel.Tokens;

namespace Hub.Gateway.OpenIdProvider.Keys;

/// <summary>The algorithms of the hub's own keys: two for signing (both published), one symmetric.</summary>
public static class HubKeyAlgorithms
{
    public const string Rs256 = SecurityAlgorithms.RsaSha256;
    public const string Es256 = SecurityAlgorithms.EcdsaSha256;

    /// <summary>
    /// The symmetric key (256 bits, never published). Stored under this kind since it first wrapped the keys of
    /// encrypted access tokens; access tokens are now sealed with AES-256-GCM under keys derived from it (decision 0012).
    /// </summary>
    public const string A256Kw = SecurityAlgorithms.Aes256KW;

    /// <summary>The algorithms an ID token may be signed with; RS256 is the default.</summary>
    public static IReadOnlySet<string> IdTokenSigning { get; } = new HashSet<string>(StringComparer.Ordinal) { Rs256, Es256 };

    /// <summary>Every key kind the ring keeps a current and a next generation of.</summary>
    public static IReadOnlyList<string> All { get; } = [Rs256, Es256, A256Kw];
}
