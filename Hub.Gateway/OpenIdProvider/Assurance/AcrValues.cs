using Hub.TrustList.Model;

namespace Hub.Gateway.OpenIdProvider.Assurance;

/// <summary>The hub's <c>acr</c> values: one per level of Japan's guideline, <c>urn:jp:regional-id:loa:A</c> ... <c>D</c>.</summary>
public static class AcrValues
{
    public const string Prefix = "urn:jp:regional-id:loa:";

    /// <summary>The values an RP may request (D carries no assurance and is never worth asking for).</summary>
    public static IReadOnlyList<string> Supported { get; } = [For(LevelOfAssurance.A), For(LevelOfAssurance.B), For(LevelOfAssurance.C)];

    public static string For(LevelOfAssurance level) => Prefix + level;

    public static bool TryParse(string value, out LevelOfAssurance level)
    {
        level = LevelOfAssurance.D;
        if (!value.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }
        return value[Prefix.Length..] switch
        {
            "A" => Set(LevelOfAssurance.A, out level),
            "B" => Set(LevelOfAssurance.B, out level),
            "C" => Set(LevelOfAssurance.C, out level),
            "D" => Set(LevelOfAssurance.D, out level),
            _ => false,
        };
    }

    private static bool Set(LevelOfAssurance value, out LevelOfAssurance level)
    {
        level = value;
        return true;
    }
}
