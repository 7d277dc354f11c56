using Hub.TrustList.Model;

namespace Hub.Adapters.Assurance;

/// <summary>
/// A provider's own assurance vocabulary, declared in its mapping profile: what each of its SAML
/// AuthnContextClassRef or OIDC <c>acr</c> values asserts, and the highest level each <c>amr</c> method can support
/// (RFC 8176 values such as hwk, face, pin, pwd, otp). The hub's URIs and eIDAS URIs need no declaration.
/// </summary>
public sealed record AssuranceSignals
{
    public IReadOnlyDictionary<string, LevelOfAssurance> AuthnContext { get; init; } = new Dictionary<string, LevelOfAssurance>();

    public IReadOnlyDictionary<string, LevelOfAssurance> Amr { get; init; } = new Dictionary<string, LevelOfAssurance>();
}
