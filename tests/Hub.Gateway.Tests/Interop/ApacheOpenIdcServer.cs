using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace Hub.Gateway.Tests.Interop;

/// <summary>
/// Apache httpd with Debian's mod_auth_openidc as an OIDC relying party of the hub, on a loopback port, with a
/// minimal configuration of its own in a temporary directory (no system configuration): /protected/ needs a login
/// through the hub, /protected/callback is the redirect URI, and ?info=json on it shows the session (OIDCInfoHook).
/// </summary>
public sealed class ApacheOpenIdcServer : IAsyncDisposable
{
    public const string Apache = "/usr/sbin/apache2";
    public const string Modules = "/usr/lib/apache2/modules";
    public const string ProtectedText = "protected page of the interop test";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private readonly string _directory;
    private readonly StringBuilder _output = new();
    private Process? _process;

    private ApacheOpenIdcServer(int port, string directory)
    {
        Port = port;
        _directory = directory;
    }

    public int Port { get; }

    public Uri BaseUrl => new($"http://127.0.0.1:{Port}/");

    public Uri ProtectedUrl => new(BaseUrl, "protected/hello.txt");

    public Uri RedirectUri => RedirectUriFor(Port);

    public Uri InfoUrl => new(RedirectUri, "?info=json");

    public static Uri RedirectUriFor(int port) => new($"http://127.0.0.1:{port}/protected/callback");

    /// <summary>What the Apache error log says so far (mod_auth_openidc logs at debug level), for failure messages.</summary>
    public string Log
    {
        get
        {
            var log = Path.Combine(_directory, "error.log");
            lock (_output)
            {
                return $"{_output}\n--- error.log ---\n{(File.Exists(log) ? Tail(File.ReadAllText(log), 20_000) : "(none)")}";
            }
        }
    }

    /// <summary>The whole Apache error log (mod_auth_openidc at debug level).</summary>
    public string ErrorLog
    {
        get
        {
            var log = Path.Combine(_directory, "error.log");
            return File.Exists(log) ? File.ReadAllText(log) : "";
        }
    }

    public static async Task<ApacheOpenIdcServer> StartAsync(int port, Uri hubIssuer, string clientId, string clientSecret, string scope)
    {
        Assert.True(
            File.Exists(Apache) && File.Exists(Path.Combine(Modules, "mod_auth_openidc.so")),
            $"Apache httpd ({Apache}) with mod_auth_openidc ({Modules}/mod_auth_openidc.so) is needed by the interop test. Run "
            + "the README test command (bash scripts/test.sh), which installs them, or: apt-get install -y apache2 libapache2-mod-auth-openidc");
        var directory = Directory.CreateTempSubdirectory("hub-apache-").FullName;
        var server = new ApacheOpenIdcServer(port, directory);
        try
        {
            server.WriteFiles(hubIssuer, clientId, clientSecret, scope);
            await server.RunAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    private void WriteFiles(Uri hubIssuer, string clientId, string clientSecret, string scope)
    {
        var www = Directory.CreateDirectory(Path.Combine(_directory, "www", "protected")).FullName;
        File.WriteAllText(Path.Combine(www, "hello.txt"), ProtectedText + "\n");
        // As root, Apache serves as www-data: it must be able to read the document root.
        if (!OperatingSystem.IsWindows())
        {
            const UnixFileMode Readable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
            const UnixFileMode Traversable = Readable | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
            foreach (var path in new[] { _directory, Path.Combine(_directory, "www"), www })
            {
                File.SetUnixFileMode(path, Traversable);
            }
            File.SetUnixFileMode(Path.Combine(www, "hello.txt"), Readable);
        }

        var passphrase = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        var modules = new[] { "mpm_prefork", "authn_core", "authz_core", "authz_user", "auth_openidc" }
            .Select(m => $"LoadModule {m}_module {Modules}/mod_{m}.so");
        var lines = new List<string>
        {
            $"ServerRoot \"{_directory}\"",
            "ServerName 127.0.0.1",
            $"Listen 127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}",
            $"PidFile \"{_directory}/httpd.pid\"",
            $"ErrorLog \"{_directory}/error.log\"",
            $"DefaultRuntimeDir \"{_directory}\"",
            "LogLevel warn auth_openidc:debug",
        };
        lines.AddRange(modules);
        lines.AddRange(
        [
            "User www-data",
            "Group www-data",
            $"DocumentRoot \"{_directory}/www\"",
            $"<Directory \"{_directory}/www\">",
            "  Require all granted",
            "</Directory>",
            $"OIDCProviderMetadataURL {hubIssuer.AbsoluteUri}.well-known/openid-configuration",
            $"OIDCClientID {clientId}",
            $"OIDCClientSecret {clientSecret}",
            "OIDCProviderTokenEndpointAuth client_secret_basic",
            $"OIDCRedirectURI {RedirectUri.AbsoluteUri}",
            $"OIDCCryptoPassphrase {passphrase}",
            $"OIDCScope \"{scope}\"",
            "OIDCPKCEMethod S256",
            // Back-channel timeouts (metadata, jwks, token, userinfo) of a loaded CI machine rather than the 5 s default.
            "OIDCHTTPTimeoutShort 60",
            "OIDCHTTPTimeoutLong 60",
            "OIDCInfoHook iat access_token id_token userinfo session",
            "<Location /protected>",
            "  AuthType openid-connect",
            "  Require valid-user",
            "</Location>",
        ]);
        File.WriteAllLines(Path.Combine(_directory, "httpd.conf"), lines);
    }

    private async Task RunAsync()
    {
        var start = new ProcessStartInfo(Apache)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _directory,
        };
        // -X: one process in the foreground (no detaching, no children), so the test owns exactly one process.
        foreach (var argument in new[] { "-X", "-f", Path.Combine(_directory, "httpd.conf") })
        {
            start.ArgumentList.Add(argument);
        }
        _process = Process.Start(start) ?? throw new InvalidOperationException("apache2 did not start.");
        _process.OutputDataReceived += (_, e) => { lock (_output) { _output.AppendLine(e.Data); } };
        _process.ErrorDataReceived += (_, e) => { lock (_output) { _output.AppendLine(e.Data); } };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            if (await AcceptsAsync())
            {
                return;
            }
            await Task.Delay(50);
        }
        throw new InvalidOperationException($"apache2 did not listen on 127.0.0.1:{Port}.\n{Log}");
    }

    private async Task<bool> AcceptsAsync()
    {
        try
        {
            using var client = new TcpClient();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await client.ConnectAsync(IPAddress.Loopback, Port, timeout.Token);
            return true;
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { } process)
        {
            _process = null;
            if (!process.HasExited)
            {
                // SIGTERM lets Apache release its shared memory and locks; kill it only if it does not stop.
                await ExternalCommand.RunAsync("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)], TimeSpan.FromSeconds(5));
                using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                try
                {
                    await process.WaitForExitAsync(grace.Token);
                }
                catch (OperationCanceledException)
                {
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync();
                }
            }
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

    private static string Tail(string text, int length) => text.Length > length ? text[^length..] : text;
}
