using Hub.TrustList.Common;
using Hub.TrustList.Verification;
using static Hub.TrustList.Verification.TrustListErrorCodes;

namespace Hub.TrustList.Loading;

/// <summary>Reads the raw list from a file or over HTTP, never more than the size cap, within the fetch timeout.</summary>
internal sealed class TrustListFetcher(IHttpClientFactory httpClientFactory, TrustListSourceLocation location, long maxBytes, TimeSpan timeout)
{
    public const string HttpClientName = "trustlist";

    /// <summary>The source, as named in events and logs.</summary>
    public string Origin => location.ToString();

    public async Task<Result<byte[], TrustListError>> FetchAsync(CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            return location.Url is { } url
                ? await FetchHttpAsync(url, timeoutSource.Token)
                : await FetchFileAsync(location.FilePath!, timeoutSource.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new TrustListError(SourceUnavailable, $"Reading {location} took longer than {timeout.TotalSeconds:0.#} s.");
        }
        catch (Exception e) when (e is HttpRequestException or IOException or UnauthorizedAccessException or TimeoutException
                                       or Polly.CircuitBreaker.BrokenCircuitException or Polly.Timeout.TimeoutRejectedException)
        {
            return new TrustListError(SourceUnavailable, $"Reading {location} failed: {e.Message}");
        }
    }

    private async Task<Result<byte[], TrustListError>> FetchHttpAsync(Uri url, CancellationToken cancellationToken)
    {
        var client = httpClientFactory.CreateClient(HttpClientName);
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return new TrustListError(SourceUnavailable, $"GET {url} answered {(int)response.StatusCode} {response.ReasonPhrase}.");
        }
        if (response.Content.Headers.ContentLength > maxBytes)
        {
            return TooLargeError(response.Content.Headers.ContentLength.Value);
        }
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await ReadCappedAsync(body, cancellationToken);
    }

    private async Task<Result<byte[], TrustListError>> FetchFileAsync(string path, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
        if (file.Length > maxBytes)
        {
            return TooLargeError(file.Length);
        }
        return await ReadCappedAsync(file, cancellationToken);
    }

    /// <summary>Reads at most the cap plus one byte, so a body without (or with a false) length cannot exhaust memory.</summary>
    private async Task<Result<byte[], TrustListError>> ReadCappedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return TooLargeError(buffer.Length + read);
            }
            buffer.Write(chunk, 0, read);
        }
        return Result<byte[], TrustListError>.Ok(buffer.ToArray());
    }

    private TrustListError TooLargeError(long size)
        => new(TooLarge, $"The list from {location} has {size} bytes or more; the cap is {maxBytes}.");
}
