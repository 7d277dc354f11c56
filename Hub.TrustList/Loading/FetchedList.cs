namespace Hub.TrustList.Loading;

/// <summary>A list the fetcher copied to a file of the loader's own: where, how long, and its digest (base64url SHA-256).</summary>
internal sealed record FetchedList(string Path, long Length, string Digest);
