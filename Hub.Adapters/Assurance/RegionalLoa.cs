using Hub.TrustList.Model;

namespace Hub.Adapters.Assurance;

/// <summary>The hub's own level URIs, <c>urn:jp:regional-id:loa:A</c> ... <c>:D</c>, used as acr values toward RPs.</summary>
public static class RegionalLoa
{
    public const string Prefix = "urn:jp:regional-id:loa:";

    public static string ToUri(LevelOfAssurance level) => Prefix + level switch
    {
        LevelOfAssurance.A => "A",
        LevelOfAssurance.B => "B",
        LevelOfAssurance.C => "C",
        LevelOfAssurance.D => "D",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    /// <summary>The level of one of the hub's URIs (exact, case-sensitive), or null.</summary>
    public static LevelOfAssurance? FromUri(string? uri) => uri switch
    {
        Prefix + "A" => LevelOfAssurance.A,
        Prefix + "B" => LevelOfAssurance.B,
        Prefix + "C" => LevelOfAssurance.C,
        Prefix + "D" => LevelOfAssurance.D,
        _ => null,
    };
}
