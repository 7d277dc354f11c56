using Hub.TrustList.Signing;

namespace Hub.TrustList.Verification;

/// <summary>What a consumer pins and tolerates. See docs/trustlist.md, "Verification rules".</summary>
public sealed class TrustListVerifierOptions
{
    public const long DefaultMaxDocumentBytes = 16L * 1024 * 1024;

    /// <summary>The coordinator's public keys: one, or two during a key rollover.</summary>
    public required IReadOnlyList<TrustAnchor> Anchors { get; init; }

    /// <summary>The longest accepted <c>next_update - issued_at</c>.</summary>
    public TimeSpan MaxValidity { get; init; } = TimeSpan.FromDays(35);

    /// <summary>A document over this size is refused before it is parsed.</summary>
    public long MaxDocumentBytes { get; init; } = DefaultMaxDocumentBytes;

    /// <summary>How far <c>issued_at</c> may lie in the future (clock differences between coordinator and hub).</summary>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The window a list is read through (tests make it tiny, to cross every boundary).</summary>
    internal int WindowBytes { get; init; } = Streaming.RootWalker.DefaultWindow;
}
