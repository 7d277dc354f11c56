using System.Net;
using System.Net.Sockets;

namespace Hub.Gateway.Tests.EndToEnd.Infrastructure;

public sealed class FreePortTests
{
    [Fact]
    public void Next_ManyCalls_DistinctBindablePortsBelowTheEphemeralRange()
    {
        var ports = Enumerable.Range(0, 50).Select(_ => FreePort.Next()).ToList();

        Assert.Equal(ports.Count, ports.Distinct().Count());
        Assert.All(ports, port => Assert.InRange(port, 20000, 31999));
        using var listener = new TcpListener(IPAddress.Loopback, ports[^1]);
        listener.Start();
        Assert.Equal(ports[^1], ((IPEndPoint)listener.LocalEndpoint).Port);
    }
}
