using Hub.TrustList.Model;

namespace Hub.TrustList.Cli;

/// <summary>What <c>sign</c> makes of a draft: the next sequence, issued now, valid for the list's window.</summary>
internal static class Release
{
    public static TrustListDocument Next(TrustListDocument draft, DateTimeOffset now, int? validityDays = null, long? atLeastSequence = null)
    {
        var window = validityDays is { } days
            ? TimeSpan.FromDays(days)
            : TimeSpan.FromDays(Math.Max(1, Math.Round((draft.NextUpdate - draft.IssuedAt).TotalDays)));
        return draft with
        {
            Sequence = Math.Max(draft.Sequence + 1, atLeastSequence ?? 0),
            IssuedAt = now,
            NextUpdate = now + window,
            Signature = null,
        };
    }
}
