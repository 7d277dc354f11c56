
namespace Sandbox.RelyingParty;

/// <summary>A running demo relying party. Dispose it to stop the server.</summary>
public sealed class DemoRelyingPartyHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    internal DemoRelyingPartyHost(Uri baseUrl, string clientId, WebApplication app)
    {
        BaseUrl = baseUrl;
        ClientId = clientId;
        _app = app;
    }

    /// <summary>The public base URL, ending in a slash, e.g. <c>http://localhost:5090/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The client_id the RP signs in with (<c>osaka-kosodate</c>).</summary>
    public string ClientId { get; }

    internal IServiceProvider Services => _app.Services;

    public Task StopAsync(CancellationToken cancellationToken = default) => _app.StopAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
