namespace Hub.TrustList.Validation;

/// <summary>Shared URI checks: absolute https, with plain http only for loopback hosts where a rule allows it.</summary>
internal static class UriRules
{
    public static bool IsLoopback(Uri uri) => uri.IsLoopback || uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// An absolute https URI without fragment or user info; http only if <paramref name="allowLoopbackHttp"/> and the
    /// host is loopback. Reads the original text for https, so that checking 100,000 URIs does not make each
    /// <see cref="Uri"/> build and keep its parsed components (about 200 bytes more per URI).
    /// </summary>
    public static bool IsAcceptable(Uri? uri, bool allowLoopbackHttp)
    {
        if (uri is null || !uri.IsAbsoluteUri)
        {
            return false;
        }
        var text = uri.OriginalString.AsSpan();
        var afterScheme = text.IndexOf("://", StringComparison.Ordinal);
        if (afterScheme < 0 || text.Contains('#'))
        {
            return false;
        }
        var authority = text[(afterScheme + 3)..];
        var end = authority.IndexOfAny('/', '?');
        if ((end < 0 ? authority : authority[..end]).Contains('@'))
        {
            return false;
        }
        return uri.Scheme == Uri.UriSchemeHttps
            || (allowLoopbackHttp && uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri));
    }
}
