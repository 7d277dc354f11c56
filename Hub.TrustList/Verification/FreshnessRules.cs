using Hub.TrustList.Model;
using static Hub.TrustList.Verification.TrustListErrorCodes;

namespace Hub.TrustList.Verification;

/// <summary>
/// A list is fresh when it was issued no later than now (plus a small clock skew), is not past its
/// <c>next_update</c>, and does not claim a validity window longer than the configured maximum.
/// </summary>
internal static class FreshnessRules
{
    public static TrustListError? Check(TrustListDocument document, DateTimeOffset now, TrustListVerifierOptions options)
    {
        var window = document.NextUpdate - document.IssuedAt;
        if (window > options.MaxValidity)
        {
            return new(ValidityTooLong, $"The list is valid for {window.TotalDays:0.##} days (issued_at to next_update); the maximum is {options.MaxValidity.TotalDays:0.##}.");
        }
        if (document.IssuedAt > now + options.ClockSkew)
        {
            return new(IssuedInFuture, $"The list is issued at {document.IssuedAt:O}, after now ({now:O}) plus the allowed clock skew.");
        }
        if (now >= document.NextUpdate)
        {
            return new(Expired, $"The list expired at its next_update {document.NextUpdate:O} (now {now:O}).");
        }
        return null;
    }
}
