namespace Hub.TrustList.Validation;

/// <summary>Shared URI checks: absolute https, with plain http only for loopback hosts where a rule allows it.</summary>
internal static class UriRules
{
    public static bool IsLoopback(Uri uri) => uri.IsLoopback || uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase);

    /// <summary>An absolute https URI without fragment or user info; http only if <paramref name="allowLoopbackHttp"/> and the host is loopback.</summary>
    public static bool IsAcceptable(Uri? uri, bool allowLoopbackHttp)
    {
        if (uri is null || !uri.IsAbsoluteUri || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            return false;
        }
        return uri.Scheme == Uri.UriSchemeHttps || (allowLoopbackHttp && uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri));
    }
}
