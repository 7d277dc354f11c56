using Hub.Gateway.Tests.EndToEnd.Infrastructure;

namespace Hub.Gateway.Tests.Interop;

/// <summary>
/// Asks a freshly started hub for discovery and jwks once, so its cold start (JIT, keys) is not paid inside a
/// third-party client's own HTTP timeout: on a loaded machine it has taken many seconds.
/// </summary>
public static class HubWarmUp
{
    public static async Task RunAsync(TestFederation federation)
    {
        foreach (var path in new[] { ".well-known/openid-configuration", ".well-known/jwks" })
        {
            using var response = await federation.BackChannel.GetAsync(new Uri(federation.Issuer, path));
            response.EnsureSuccessStatusCode();
        }
    }
}
