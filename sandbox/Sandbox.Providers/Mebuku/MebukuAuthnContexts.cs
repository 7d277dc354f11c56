using Hub.TrustList.Model;
using Sandbox.Providers.Common;

namespace Sandbox.Providers.Mebuku;

/// <summary>
/// Mebuku ID's AuthnContextClassRefs and the levels they are evidence for, as the mapping profile
/// <c>mebuku-saml-v1</c> reads them. RequestedAuthnContext may also name the hub's level URIs
/// (<c>urn:jp:regional-id:loa:A</c>..) or eIDAS LoA URIs; the sandbox understands all three.
/// </summary>
public static class MebukuAuthnContexts
{
    /// <summary>Signed in with the My Number Card itself (JPKI, tamper-resistant hardware): level A.</summary>
    public const string JpkiCard = "urn:mebuku:ac:jpki-card";

    /// <summary>Signed in with the face-registered certificate on the phone (proofed by the card): level B.</summary>
    public const string JpkiFace = "urn:mebuku:ac:jpki-face";

    public const string EidasHigh = "http://eidas.europa.eu/LoA/high";
    public const string EidasSubstantial = "http://eidas.europa.eu/LoA/substantial";
    public const string EidasLow = "http://eidas.europa.eu/LoA/low";

    private static readonly Dictionary<string, LevelOfAssurance> Levels = new(StringComparer.Ordinal)
    {
        [JpkiCard] = LevelOfAssurance.A,
        [JpkiFace] = LevelOfAssurance.B,
        [EidasHigh] = LevelOfAssurance.A,
        [EidasSubstantial] = LevelOfAssurance.B,
        [EidasLow] = LevelOfAssurance.C,
    };

    /// <summary>The level a class reference stands for, or null for one the sandbox does not know.</summary>
    public static LevelOfAssurance? LevelOf(string classRef) =>
        Levels.TryGetValue(classRef, out var level) ? level : HubLevels.LevelOf(classRef);
}
