using Hub.TrustList.Model;

namespace Sandbox.Providers.Mebuku;

/// <summary>
/// Mebuku ID's AuthnContextClassRefs and the levels they are evidence for. RequestedAuthnContext may also name
/// eIDAS LoA URIs; the sandbox understands both.
/// </summary>
public static class MebukuAuthnContexts
{
    /// <summary>My Number Card (JPKI) proofing plus the face-registered certificate on the phone: level A.</summary>
    public const string JpkiFace = "urn:mebuku:ac:jpki-face";

    /// <summary>My Number Card (JPKI) proofing and the certified e-certificate on the phone, no face: level B.</summary>
    public const string JpkiCertificate = "urn:mebuku:ac:jpki-cert";

    public const string EidasHigh = "http://eidas.europa.eu/LoA/high";
    public const string EidasSubstantial = "http://eidas.europa.eu/LoA/substantial";
    public const string EidasLow = "http://eidas.europa.eu/LoA/low";

    private static readonly Dictionary<string, LevelOfAssurance> Levels = new(StringComparer.Ordinal)
    {
        [JpkiFace] = LevelOfAssurance.A,
        [JpkiCertificate] = LevelOfAssurance.B,
        [EidasHigh] = LevelOfAssurance.A,
        [EidasSubstantial] = LevelOfAssurance.B,
        [EidasLow] = LevelOfAssurance.C,
    };

    /// <summary>The level a class reference stands for, or null for one the sandbox does not know.</summary>
    public static LevelOfAssurance? LevelOf(string classRef) => Levels.TryGetValue(classRef, out var level) ? level : null;
}
