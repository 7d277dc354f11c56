using System.Net;
using System.Net.Sockets;

namespace Hub.Bench.Load.Processes;

/// <summary>
/// A free loopback port for a child process that binds it later (a hub, redis-server). Taken from below Linux's
/// ephemeral range (32768-60999 by default): a port the kernel hands out for port 0 can go to one of the generator's
/// many outgoing connections before the child binds it ("address already in use", seen once here); the kernel never
/// picks one of these by itself. The test projects do the same (tests/Hub.Gateway.Tests/EndToEnd/Infrastructure/FreePort.cs).
/// </summary>
public static class FreePort
{
    private const int First = 20000;
    private const int Count = 12000;

    public static int Next()
    {
        for (var attempt = 0; attempt < 1000; attempt++)
        {
            var port = First + Random.Shared.Next(Count);
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
                // taken: try another
            }
        }
        throw new InvalidOperationException($"No free loopback port found between {First} and {First + Count - 1}.");
    }
}
