using System.Net;
using System.Net.Sockets;
using WireMock.Server;

namespace Hub.Adapters.Tests.Oidc.Support;

/// <summary>Starts WireMock.Net bound to 127.0.0.1 only (test traffic stays on loopback).</summary>
internal static class LoopbackWireMock
{
    public static WireMockServer Start()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return WireMockServer.Start("http://127.0.0.1:" + port);
    }
}
