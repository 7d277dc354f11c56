namespace Hub.Gateway.Consents.Notification;

/// <summary>
/// Runs delivery rounds on every instance: every poll interval, and at once when this instance queued a delivery.
/// The queue is shared, so a delivery queued on one instance is attempted by whichever instance leases it first.
/// </summary>
internal sealed class SetDeliveryWorker(SetDeliverer deliverer, SetDeliverySignal signal,
    Microsoft.Extensions.Options.IOptions<SetDeliveryOptions> options, TimeProvider time, ILogger<SetDeliveryWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await deliverer.RunDueAsync(stoppingToken) > 0)
                {
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                SetDeliveryLog.RoundFailed(logger, e.GetType().Name, e);
            }
            try
            {
                await signal.WaitAsync(options.Value.PollInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
