using System.Globalization;
using StackExchange.Redis;

namespace Hub.Bench.Load.Processes;

/// <summary>A throw-away redis-server on a loopback port, without persistence, and its command counters.</summary>
public sealed class RedisServer : IDisposable
{
    private readonly ChildProcess _process;

    private RedisServer(ChildProcess process, int port, ConnectionMultiplexer connection)
    {
        _process = process;
        Port = port;
        Connection = connection;
    }

    public int Port { get; }

    public string Configuration => $"127.0.0.1:{Port}";

    public ConnectionMultiplexer Connection { get; }

    public ChildProcess Process => _process;

    public static async Task<RedisServer> StartAsync()
    {
        var port = FreePort.Next();
        var process = ChildProcess.Start("redis-server", "redis-server",
            ["--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var connection = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{port},allowAdmin=true,abortConnect=true,connectTimeout=1000");
                return new RedisServer(process, port, connection);
            }
            catch (RedisConnectionException) when (attempt < 50 && !process.HasExited)
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary>Calls per command since start (INFO commandstats); INFO's own calls are left out.</summary>
    public async Task<Dictionary<string, long>> CommandCallsAsync()
    {
        var server = Connection.GetServer(Configuration);
        var info = await server.InfoAsync("commandstats");
        var calls = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var pair in info.SelectMany(g => g))
        {
            // cmdstat_get: calls=12,usec=...
            var name = pair.Key.Replace("cmdstat_", string.Empty, StringComparison.Ordinal);
            if (name == "info")
            {
                continue;
            }
            var field = pair.Value.Split(',')[0];
            calls[name] = long.Parse(field[(field.IndexOf('=') + 1)..], CultureInfo.InvariantCulture);
        }
        return calls;
    }

    public void Dispose()
    {
        Connection.Dispose();
        _process.Dispose();
    }
}
