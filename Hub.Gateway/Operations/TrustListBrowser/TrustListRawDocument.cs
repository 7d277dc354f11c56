using Hub.TrustList.Loading;

namespace Hub.Gateway.Operations.TrustListBrowser;

/// <summary>
/// The exact signed bytes of the list in use, for download: anyone can verify them against the coordinator's
/// published anchor. The loader keeps them in its cache file, not in memory (<see cref="ITrustListRawSource"/>).
/// </summary>
internal static class TrustListRawDocument
{
    public static async Task<IResult> DownloadAsync(ITrustListRawSource source, CancellationToken cancellationToken)
    {
        var content = await source.OpenCurrentAsync(cancellationToken);
        if (content is null)
        {
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
        // The result streams the file and disposes the stream when the response is written.
        return Results.Stream(
            content.Content,
            "application/json",
            $"trustlist-{content.Sequence}.json",
            entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{content.Digest}\""));
    }
}
