using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Hub.Faults.Tests.Infrastructure;

/// <summary>
/// A small Redis Cluster on loopback: <see cref="Nodes"/> <c>redis-server --cluster-enabled yes</c> processes (no
/// replicas, no persistence), joined with <c>redis-cli --cluster create</c>, ready when every node reports
/// <c>cluster_state:ok</c>.
/// </summary>
public sealed class RedisClusterProcesses : IAsyncDisposable
{
    public const int Nodes = 3;
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(30);
    private readonly List<Process> _processes = [];
    private readonly string _directory = Directory.CreateTempSubdirectory("hub-redis-cluster-").FullName;

    public List<int> Ports { get; } = [];

    /// <summary>A StackExchange.Redis configuration string naming every node.</summary>
    public string ConnectionString
        => string.Join(",", Ports.Select(p => $"127.0.0.1:{p}")) + ",abortConnect=false,connectTimeout=2000,asyncTimeout=2000,syncTimeout=2000";

    public static async Task<RedisClusterProcesses> StartAsync()
    {
        var cluster = new RedisClusterProcesses();
        try
        {
            for (var i = 0; i < Nodes; i++)
            {
                cluster.StartNode();
            }
            foreach (var port in cluster.Ports)
            {
                await WaitAsync(() => Cli(port, "PING").StartsWith("PONG", StringComparison.Ordinal), $"node {port} answers PING");
            }
            var create = new List<string> { "--cluster", "create" };
            create.AddRange(cluster.Ports.Select(p => $"127.0.0.1:{p}"));
            create.AddRange(["--cluster-replicas", "0", "--cluster-yes"]);
            Run("redis-cli", create);
            foreach (var port in cluster.Ports)
            {
                await WaitAsync(() => Cli(port, "CLUSTER", "INFO").Contains("cluster_state:ok", StringComparison.Ordinal), $"node {port} reports cluster_state:ok");
            }
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    private void StartNode()
    {
        var port = FreePortWithFreeBus();
        var directory = Directory.CreateDirectory(Path.Combine(_directory, port.ToString(CultureInfo.InvariantCulture))).FullName;
        var start = new ProcessStartInfo("redis-server") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--cluster-enabled", "yes",
            "--cluster-config-file", "nodes.conf", "--cluster-node-timeout", "5000", "--save", string.Empty,
            "--appendonly", "no", "--daemonize", "no", "--dir", directory,
        })
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _processes.Add(process);
        Ports.Add(port);
    }

    /// <summary>The number of keys each node holds (to show that the data is spread over the nodes).</summary>
    public IReadOnlyList<long> KeysPerNode()
        => [.. Ports.Select(p => long.Parse(Cli(p, "DBSIZE").Trim(), CultureInfo.InvariantCulture))];

    private static string Cli(int port, params string[] command)
        => Run("redis-cli", ["-h", "127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture), .. command]);

    private static string Run(string executable, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(executable) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{executable} did not start.");
        var output = new StringBuilder();
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginErrorReadLine();
        var standardOutput = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
        {
            process.Kill();
            throw new InvalidOperationException($"{executable} {string.Join(' ', arguments)} did not end.");
        }
        if (process.ExitCode != 0)
        {
            lock (output)
            {
                throw new InvalidOperationException($"{executable} {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{standardOutput}\n{output}");
            }
        }
        return standardOutput;
    }

    private static async Task WaitAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + ReadyTimeout;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if (condition())
                {
                    return;
                }
            }
            catch (InvalidOperationException)
            {
                // Not up yet.
            }
            await Task.Delay(100);
        }
        throw new InvalidOperationException($"Timed out waiting until {what}.");
    }

    /// <summary>A free port whose cluster bus port (+10000) is free too.</summary>
    private static int FreePortWithFreeBus()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            if (port + 10000 > 65535)
            {
                continue;
            }
            try
            {
                using var bus = new TcpListener(IPAddress.Loopback, port + 10000);
                bus.Start();
                return port;
            }
            catch (SocketException)
            {
                // Taken; try another.
            }
        }
        throw new InvalidOperationException("No free port pair for a cluster node.");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
            await process.WaitForExitAsync();
            process.Dispose();
        }
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless.
        }
    }
}
