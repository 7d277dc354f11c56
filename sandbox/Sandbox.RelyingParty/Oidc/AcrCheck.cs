namespace Sandbox.RelyingParty.Oidc;

/// <summary>
/// The RP's own check that the ID token's <c>acr</c> meets what it asked for: one of the requested values, or a hub
/// level (<c>urn:jp:regional-id:loa:A</c>…<c>D</c>, A strongest) at least as strong as the weakest one requested.
/// The hub never downgrades; the RP does not take that on trust.
/// </summary>
internal static class AcrCheck
{
    private const string LevelPrefix = "urn:jp:regional-id:loa:";

    public static bool IsMet(string? requestedAcrValues, string? receivedAcr)
    {
        var requested = (requestedAcrValues ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (requested.Length == 0)
        {
            return true;
        }
        if (receivedAcr is null)
        {
            return false;
        }
        if (requested.Contains(receivedAcr, StringComparer.Ordinal))
        {
            return true;
        }
        return Rank(receivedAcr) is { } received && requested.Select(Rank).Any(wanted => wanted is not null && received <= wanted);
    }

    /// <summary>0 for level A (strongest) to 3 for D; null for anything else.</summary>
    private static int? Rank(string acr) =>
        acr.Length == LevelPrefix.Length + 1 && acr.StartsWith(LevelPrefix, StringComparison.Ordinal) && acr[^1] is >= 'A' and <= 'D'
            ? acr[^1] - 'A'
            : null;
}
