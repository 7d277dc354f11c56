namespace Hub.Conformance.Browser;

/// <summary>
/// Where the provider should send the browser back (the hub's ACS or redirect URI). The browser stops there and
/// hands what it would have sent to the hub's adapter instead.
/// </summary>
internal sealed record CallbackTarget(Uri Url)
{
    public bool Matches(Uri candidate)
        => candidate.IsAbsoluteUri
            && string.Equals(candidate.Scheme, Url.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(candidate.Host, Url.Host, StringComparison.OrdinalIgnoreCase)
            && candidate.Port == Url.Port
            && string.Equals(candidate.AbsolutePath, Url.AbsolutePath, StringComparison.Ordinal);
}
