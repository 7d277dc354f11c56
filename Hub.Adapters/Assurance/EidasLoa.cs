using Hub.TrustList.Model;

namespace Hub.Adapters.Assurance;

/// <summary>
/// eIDAS levels of assurance (Implementing Regulation 2015/1502) for eIDAS-profile peers: high ↔ A,
/// substantial ↔ B, low ↔ C. D has no eIDAS equivalent.
/// </summary>
public static class EidasLoa
{
    public const string Low = "http://eidas.europa.eu/LoA/low";
    public const string Substantial = "http://eidas.europa.eu/LoA/substantial";
    public const string High = "http://eidas.europa.eu/LoA/high";

    /// <summary>The eIDAS URI for a level, or null for D.</summary>
    public static string? ToUri(LevelOfAssurance level) => level switch
    {
        LevelOfAssurance.A => High,
        LevelOfAssurance.B => Substantial,
        LevelOfAssurance.C => Low,
        _ => null,
    };

    /// <summary>The level for an eIDAS URI (exact match), or null.</summary>
    public static LevelOfAssurance? FromUri(string? uri) => uri switch
    {
        High => LevelOfAssurance.A,
        Substantial => LevelOfAssurance.B,
        Low => LevelOfAssurance.C,
        _ => null,
    };
}
