using System.Net;
using System.Net.Sockets;

namespace Hub.Gateway.Tests.EndToEnd.Infrastructure;

/// <summary>
/// A free loopback port for a server whose URL must be known before it starts (the hub: its issuer is in its
/// settings and in the providers' registrations). Servers that may announce their port later use port 0 instead.
/// </summary>
/// <remarks>
/// The ports come from below Linux's ephemeral range (<c>ip_local_port_range</c>, 32768-60999 by default), taken in
/// turn from a random start. A port the kernel handed out for port 0 could be given again, to another test's
/// outgoing connection or port-0 listener, between this probe and the server's own bind ("address already in use");
/// the kernel never picks one of these by itself, and this process never hands the same one out twice.
/// </remarks>
public static class FreePort
{
    private const int First = 20000;
    private const int Count = 12000;

    private static int _next = Random.Shared.Next(Count);

    public static int Next()
    {
        for (var attempt = 0; attempt < Count; attempt++)
        {
            var port = First + (int)((uint)Interlocked.Increment(ref _next) % Count);
            if (IsFree(port))
            {
                return port;
            }
        }
        throw new InvalidOperationException($"No free loopback port between {First} and {First + Count - 1}.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
