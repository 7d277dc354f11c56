using System.Net;
using System.Net.Sockets;

namespace Hub.Gateway.Tests.EndToEnd.Infrastructure;

/// <summary>
/// A free loopback port for a server whose URL must be known before it starts (the hub: its issuer is in its
/// settings and in the providers' registrations). Servers that may announce their port later use port 0 instead.
/// </summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
