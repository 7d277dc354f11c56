using System.Security.Cryptography;
using Hub.TrustList.Common;
using Hub.TrustList.Verification;
using static Hub.TrustList.Verification.TrustListErrorCodes;

namespace Hub.TrustList.Loading;

/// <summary>
/// Copies the raw list from a file or over HTTP into a new file of the loader's own, never more than the size cap,
/// within the fetch timeout, hashing it on the way. The list is verified from that copy, in windows, and the copy
/// becomes the cache by a rename: a large list is never held in memory, and what is verified is what is kept.
/// </summary>
internal sealed class TrustListFetcher(IHttpClientFactory httpClientFactory, TrustListSourceLocation location, long maxBytes, TimeSpan timeout)
{
    public const string HttpClientName = "trustlist";

    /// <summary>The source, as named in events and logs.</summary>
    public string Origin => location.ToString();

    /// <summary>Copies the list into <paramref name="destination"/> (created; deleted again on failure).</summary>
    public async Task<Result<FetchedList, TrustListError>> FetchAsync(string destination, CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        Result<FetchedList, TrustListError> result;
        try
        {
            result = location.Url is { } url
                ? await FetchHttpAsync(url, destination, timeoutSource.Token)
                : await FetchFileAsync(location.FilePath!, destination, timeoutSource.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            result = new TrustListError(SourceUnavailable, $"Reading {location} took longer than {timeout.TotalSeconds:0.#} s.");
        }
        catch (Exception e) when (e is HttpRequestException or IOException or UnauthorizedAccessException or TimeoutException
                                       or Polly.CircuitBreaker.BrokenCircuitException or Polly.Timeout.TimeoutRejectedException)
        {
            result = new TrustListError(SourceUnavailable, $"Reading {location} failed: {e.Message}");
        }
        if (!result.IsSuccess)
        {
            File.Delete(destination);
        }
        return result;
    }

    private async Task<Result<FetchedList, TrustListError>> FetchHttpAsync(Uri url, string destination, CancellationToken cancellationToken)
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
        return await CopyCappedAsync(body, destination, cancellationToken);
    }

    private async Task<Result<FetchedList, TrustListError>> FetchFileAsync(string path, string destination, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
        if (file.Length > maxBytes)
        {
            return TooLargeError(file.Length);
        }
        return await CopyCappedAsync(file, destination, cancellationToken);
    }

    /// <summary>Copies at most the cap plus one chunk, so a body without (or with a false) length cannot fill the disk.</summary>
    private async Task<Result<FetchedList, TrustListError>> CopyCappedAsync(Stream body, string destination, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 0, Options = FileOptions.Asynchronous };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        long length = 0;
        await using (var file = new FileStream(destination, options))
        {
            var chunk = new byte[81920];
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                length += read;
                if (length > maxBytes)
                {
                    return TooLargeError(length);
                }
                hash.AppendData(chunk, 0, read);
                await file.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
            }
            await file.FlushAsync(cancellationToken);
        }
        return Result<FetchedList, TrustListError>.Ok(new FetchedList(destination, length, Base64Url.Encode(hash.GetHashAndReset())));
    }

    private TrustListError TooLargeError(long size)
        => new(TooLarge, $"The list from {location} has {size} bytes or more; the cap is {maxBytes}.");
}
