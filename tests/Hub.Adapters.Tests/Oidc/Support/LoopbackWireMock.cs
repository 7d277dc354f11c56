using Hub.Gateway.Tests.EndToEnd.Infrastructure;
using WireMock.Server;

namespace Hub.Adapters.Tests.Oidc.Support;

/// <summary>Starts WireMock.Net bound to 127.0.0.1 only (test traffic stays on loopback).</summary>
internal static class LoopbackWireMock
{
    public static WireMockServer Start()
    {
        return WireMockServer.Start("http://127.0.0.1:" + FreePort.Next());
    }
}
