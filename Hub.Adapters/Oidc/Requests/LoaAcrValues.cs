using Hub.TrustList.Model;

namespace Hub.Adapters.Oidc.Requests;

/// <summary>
/// The federation's own acr namespace: <c>urn:jp:regional-id:loa:A</c>, <c>:B</c>, <c>:C</c>. Providers of this
/// federation accept these in <c>acr_values</c> and return one of them in the ID token's <c>acr</c>.
/// </summary>
public static class LoaAcrValues
{
    public const string Prefix = "urn:jp:regional-id:loa:";

    public static string For(LevelOfAssurance level) => Prefix + level.ToString();

    /// <summary>The level named by an acr value of this namespace, or null for any other value.</summary>
    public static LevelOfAssurance? Parse(string? acr)
    {
        if (acr is null || !acr.StartsWith(Prefix, StringComparison.Ordinal) || acr.Length != Prefix.Length + 1)
        {
            return null;
        }
        return acr[^1] switch
        {
            'A' => LevelOfAssurance.A,
            'B' => LevelOfAssurance.B,
            'C' => LevelOfAssurance.C,
            'D' => LevelOfAssurance.D,
            _ => null,
        };
    }
}
