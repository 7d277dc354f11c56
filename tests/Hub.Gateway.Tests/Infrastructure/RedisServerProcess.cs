using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Hub.Gateway.Tests.Infrastructure;

/// <summary>
/// A real redis-server on a free loopback port, without persistence unless asked, in a temporary directory. It can be stopped and
/// started again on the same port (to test fail-closed behaviour and recovery).
/// </summary>
public sealed class RedisServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(15);
    private readonly string _executable;
    private readonly string _directory;
    private Process? _process;

    private readonly bool _appendOnly;

    private RedisServerProcess(string executable, int port, bool appendOnly)
    {
        _executable = executable;
        _appendOnly = appendOnly;
        Port = port;
        _directory = Directory.CreateTempSubdirectory("hub-redis-").FullName;
    }

    public int Port { get; }

    /// <summary>
    /// A StackExchange.Redis configuration string with timeouts short enough that failures show within seconds, and
    /// long enough (3 s, beside production's 2 s) that a test process running several federations on 2 busy cores does
    /// not take a late reply for an outage: at 1 s, replies delayed by thread-pool starvation failed logins at random.
    /// </summary>
    public string ConnectionString => $"127.0.0.1:{Port},abortConnect=false,connectTimeout=1000,asyncTimeout=3000,syncTimeout=3000";

    /// <summary>For the tests of the failure itself: 1 s timeouts, so several failed operations in a row stay within seconds.</summary>
    public string FastFailConnectionString => $"127.0.0.1:{Port},abortConnect=false,connectTimeout=1000,asyncTimeout=1000,syncTimeout=1000";

    /// <summary>Starts a server; with <paramref name="appendOnly"/>, with AOF persistence (fsync always) in its directory, kept across restarts.</summary>
    public static async Task<RedisServerProcess> StartAsync(bool appendOnly = false)
    {
        var server = new RedisServerProcess(FindExecutable(), EndToEnd.Infrastructure.FreePort.Next(), appendOnly);
        await server.RestartAsync().ConfigureAwait(false);
        return server;
    }

    /// <summary>Starts the server (again) on the same port and waits until it answers PING.</summary>
    public async Task RestartAsync()
    {
        var start = new ProcessStartInfo(_executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
            "--save", string.Empty, "--appendonly", _appendOnly ? "yes" : "no", "--appendfsync", "always",
            "--daemonize", "no", "--dir", _directory,
        })
        {
            start.ArgumentList.Add(argument);
        }
        var output = new StringBuilder();
        _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        _process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        _process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                break;
            }
            if (await AnswersPingAsync().ConfigureAwait(false))
            {
                return;
            }
            await Task.Delay(50).ConfigureAwait(false);
        }
        await StopAsync().ConfigureAwait(false);
        lock (output)
        {
            throw new InvalidOperationException($"redis-server did not answer PING on 127.0.0.1:{Port}. Its output:\n{output}");
        }
    }

    /// <summary>Kills the server process (as a crash would) and waits for it to exit.</summary>
    public async Task StopAsync()
    {
        if (_process is { } process)
        {
            _process = null;
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
            await process.WaitForExitAsync().ConfigureAwait(false);
            process.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover empty temp directory is harmless.
        }
    }

    private static string FindExecutable()
    {
        var candidates = new[] { Environment.GetEnvironmentVariable("REDIS_SERVER"), "/usr/bin/redis-server", "/usr/local/bin/redis-server" };
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                "redis-server was not found (looked at $REDIS_SERVER, /usr/bin and /usr/local/bin). The Redis store tests need a real "
                + "server: run the README test command (bash scripts/test.sh), which installs it, or: apt-get install -y redis-server");
    }

    private async Task<bool> AnswersPingAsync()
    {
        try
        {
            using var client = new TcpClient();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await client.ConnectAsync(IPAddress.Loopback, Port, timeout.Token).ConfigureAwait(false);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray(), timeout.Token).ConfigureAwait(false);
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer, timeout.Token).ConfigureAwait(false);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is SocketException or IOException or OperationCanceledException)
        {
            return false;
        }
    }
}
