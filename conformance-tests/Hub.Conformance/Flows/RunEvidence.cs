using Hub.TrustList.Model;

namespace Hub.Conformance.Flows;

/// <summary>Every login the suite ran against the candidate, by purpose. The checks judge from this.</summary>
/// <param name="Logins">Normal logins: every account, at least twice, at its expected level.</param>
/// <param name="Refusals">Requests the provider must refuse, keyed by the check that judges them.</param>
/// <param name="CodeReuse">A normal login whose code the hub then presents a second time (<see cref="CodeReplay"/>).</param>
/// <param name="WrongVerifier">A login completed with another PKCE verifier than the one the challenge was made of.</param>
internal sealed record RunEvidence(
    IReadOnlyList<LoginRecord> Logins,
    LoginRecord? Cancel,
    LoginRecord? LevelNotMet,
    LevelOfAssurance? RequestedLevel,
    IReadOnlyDictionary<string, LoginRecord> Refusals,
    LoginRecord? CodeReuse,
    Completion? CodeReplay,
    LoginRecord? WrongVerifier)
{
    /// <summary>Every login record, including the special-purpose ones.</summary>
    public IEnumerable<LoginRecord> All()
    {
        IEnumerable<LoginRecord?> special = [Cancel, LevelNotMet, CodeReuse, WrongVerifier];
        return Logins.Concat(special.OfType<LoginRecord>()).Concat(Refusals.Values);
    }

    public IEnumerable<LoginRecord> Successful => Logins.Where(l => l.Succeeded);
}
