namespace Hub.Gateway.Discovery;

/// <summary>
/// What the person asked for: a text (a municipality, prefecture or provider name in kanji, kana or Latin letters,
/// or a postal code or its first digits), or a prefecture to browse (its two digits), and the result page (from 1).
/// Neither: every provider and brand, page by page.
/// </summary>
public sealed record DiscoveryQuery(string? Text = null, string? Prefecture = null, int Page = 1);
