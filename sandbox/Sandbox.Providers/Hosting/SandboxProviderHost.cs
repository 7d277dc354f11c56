using Microsoft.AspNetCore.Builder;

namespace Sandbox.Providers.Hosting;

/// <summary>A running sandbox provider. Dispose it to stop the server.</summary>
public sealed class SandboxProviderHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    internal SandboxProviderHost(string name, Uri baseUrl, string identifier, WebApplication app)
    {
        Name = name;
        BaseUrl = baseUrl;
        Identifier = identifier;
        _app = app;
    }

    /// <summary>The provider's short name: <c>mebuku</c>, <c>mydoor-osaka</c> or <c>aizu-plus</c>.</summary>
    public string Name { get; }

    /// <summary>The public base URL, ending in a slash, e.g. <c>http://localhost:5081/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The OIDC issuer or the SAML entity ID.</summary>
    public string Identifier { get; }

    public Task StopAsync(CancellationToken cancellationToken = default) => _app.StopAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
