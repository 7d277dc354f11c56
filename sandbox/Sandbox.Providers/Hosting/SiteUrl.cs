namespace Sandbox.Providers.Hosting;

/// <summary>
/// The provider's public base URL (no trailing slash). Known only once the server is bound (port 0), so the
/// endpoints read it at request time; requests arrive only after it is set.
/// </summary>
internal sealed class SiteUrl
{
    private string? _base;

    public string Base => _base ?? throw new InvalidOperationException("The sandbox provider has not started.");

    public string Combine(string path) => Base + path;

    public void Set(string baseUrl) => _base = baseUrl.TrimEnd('/');
}
