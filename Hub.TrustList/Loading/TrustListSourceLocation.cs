namespace Hub.TrustList.Loading;

/// <summary>Where the list comes from: a file, or an https URL (http only for a loopback host).</summary>
internal sealed record TrustListSourceLocation(Uri? Url, string? FilePath)
{
    /// <summary>Null with a message when <paramref name="source"/> is neither a usable URL nor a file path.</summary>
    public static (TrustListSourceLocation? Location, string? Problem) Parse(string? source)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            return (null, "TrustList:Source is not set: give the trust list's file path or https URL.");
        }
        if (Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            if (uri.Scheme == Uri.UriSchemeHttp && !(uri.IsLoopback || uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)))
            {
                return (null, $"TrustList:Source '{source}' is plain http; use https (http is allowed only for a loopback host).");
            }
            return (new TrustListSourceLocation(uri, null), null);
        }
        if (Uri.TryCreate(source, UriKind.Absolute, out var other) && !other.IsFile && other.Scheme.Length > 1)
        {
            return (null, $"TrustList:Source '{source}' has the scheme '{other.Scheme}'; use a file path or an https URL.");
        }
        return (new TrustListSourceLocation(null, source), null);
    }

    public override string ToString() => Url?.ToString() ?? FilePath!;
}
