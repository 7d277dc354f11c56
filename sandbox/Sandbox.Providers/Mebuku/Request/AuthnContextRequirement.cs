using Hub.TrustList.Model;

namespace Sandbox.Providers.Mebuku.Request;

/// <summary>
/// What RequestedAuthnContext asks for, as levels. Every understood class reference stands for a level
/// (<see cref="MebukuAuthnContexts"/>). <c>exact</c> and <c>minimum</c> are met by the weakest requested level or
/// stronger (as eIDAS treats LoA: a stronger context satisfies a weaker request); <c>better</c> needs a stronger
/// one; <c>maximum</c> the strongest requested level or weaker.
/// </summary>
internal sealed record AuthnContextRequirement(string Comparison, IReadOnlyList<LevelOfAssurance> Levels)
{
    public static AuthnContextRequirement None { get; } = new("minimum", []);

    /// <summary>False when a context was requested but none of it is understood: NoAuthnContext before any login.</summary>
    public bool IsUnderstood { get; private init; } = true;

    public static AuthnContextRequirement From(RequestedAuthnContextModel? requested)
    {
        if (requested is null)
        {
            return None;
        }
        var levels = requested.ClassRefs.Select(MebukuAuthnContexts.LevelOf).OfType<LevelOfAssurance>().ToList();
        var understood = levels.Count > 0 && !requested.HasDeclRefs
            && requested.Comparison is "exact" or "minimum" or "better" or "maximum";
        return new AuthnContextRequirement(requested.Comparison, levels) { IsUnderstood = understood };
    }

    public bool IsSatisfiedBy(LevelOfAssurance level) =>
        IsUnderstood && (Levels.Count == 0 || Comparison switch
        {
            "better" => level > Levels.Min(),
            "maximum" => level <= Levels.Max(),
            _ => level >= Levels.Min(),
        });
}
