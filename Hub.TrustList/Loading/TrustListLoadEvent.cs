using Hub.TrustList.Verification;

namespace Hub.TrustList.Loading;

public enum TrustListLoadOutcome
{
    /// <summary>A new list was verified and is now current.</summary>
    Accepted,

    /// <summary>A list was refused (or could not be fetched); the last good one stays current.</summary>
    Rejected,
}

/// <summary>
/// Raised on every accept and reject. <paramref name="Origin"/> is where the bytes came from (the source, or
/// "cache"); <paramref name="Sequence"/> is the accepted list's; <paramref name="Error"/> the reason of a rejection.
/// </summary>
public sealed record TrustListLoadEvent(TrustListLoadOutcome Outcome, string Origin, long? Sequence, TrustListError? Error);
