namespace Hub.Gateway.Operations.TrustListBrowser;

/// <summary>Creates the history when the host starts (after the loader's first load), so it sees every later swap.</summary>
internal sealed class TrustListHistoryStarter(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<TrustListHistory>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
