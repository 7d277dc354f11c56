using System.Net;
using System.Net.Http.Headers;
using Hub.Gateway.Stores.Abstractions;
using Microsoft.Extensions.Options;

namespace Hub.Gateway.Consents.Notification;

/// <summary>
/// One delivery round: takes the due deliveries from the shared queue and pushes each SET (RFC 8935) to the RP's
/// consent_revocation_endpoint. 2xx: delivered. 400 (the RP refused the SET, §2.4): failed, not retried. Anything
/// else (5xx, timeout, connection refused): retried with exponential backoff, until the attempts run out.
/// </summary>
internal sealed class SetDeliverer(
    ISetDeliveryStore store,
    SetTokenFactory tokens,
    IHttpClientFactory httpClients,
    SetDeliveryMetrics metrics,
    IOptions<SetDeliveryOptions> options,
    TimeProvider time,
    ILogger<SetDeliverer> logger)
{
    private const int BatchSize = 20;

    /// <summary>Attempts every due delivery once; returns how many were attempted.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var due = await store.LeaseDueAsync(time.GetUtcNow(), BatchSize, options.Value.Lease, cancellationToken);
        foreach (var delivery in due)
        {
            await store.UpdateAsync(await AttemptAsync(delivery, cancellationToken), cancellationToken);
        }
        return due.Count;
    }

    private async Task<SetDelivery> AttemptAsync(SetDelivery delivery, CancellationToken cancellationToken)
    {
        var attempt = delivery.Attempts + 1;
        var (delivered, permanent, reason) = await PostAsync(delivery, cancellationToken);
        if (delivered)
        {
            metrics.Record("delivered", delivery.ClientId);
            SetDeliveryLog.Delivered(logger, delivery.Id, delivery.ClientId, attempt);
            return delivery with { Attempts = attempt, State = SetDeliveryState.Delivered, LastError = null };
        }
        if (permanent || attempt >= options.Value.MaxAttempts)
        {
            metrics.Record("failed", delivery.ClientId);
            SetDeliveryLog.GaveUp(logger, delivery.Id, delivery.ClientId, attempt, reason);
            return delivery with { Attempts = attempt, State = SetDeliveryState.Failed, LastError = reason };
        }
        var next = time.GetUtcNow() + options.Value.BackoffAfter(attempt);
        metrics.Record("retrying", delivery.ClientId);
        SetDeliveryLog.Retrying(logger, delivery.Id, delivery.ClientId, attempt, reason, next);
        return delivery with { Attempts = attempt, State = SetDeliveryState.Retrying, NextAttemptAt = next, LastError = reason };
    }

    private async Task<(bool Delivered, bool Permanent, string Reason)> PostAsync(SetDelivery delivery, CancellationToken cancellationToken)
    {
        try
        {
            var token = await tokens.CreateAsync(delivery, cancellationToken);
            using var content = new StringContent(token);
            content.Headers.ContentType = new MediaTypeHeaderValue(ConsentRevokedEvent.MediaType);
            using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Endpoint) { Content = content };
            request.Headers.Accept.ParseAdd("application/json");
            using var response = await httpClients.CreateClient(SetDeliveryOptions.HttpClientName).SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return (true, false, string.Empty);
            }
            var status = (int)response.StatusCode;
            return (false, response.StatusCode == HttpStatusCode.BadRequest, "http " + status);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return (false, false, e.GetType().Name);
        }
    }
}
