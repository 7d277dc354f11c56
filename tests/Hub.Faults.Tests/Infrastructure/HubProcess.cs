using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Hub.Faults.Tests.Infrastructure;

/// <summary>
/// One hub instance as its own OS process: <c>dotnet Hub.Gateway.dll</c>, configured only through environment
/// variables (<c>Hub__Issuer</c>, <c>Redis__Configuration</c>, ...), as an operator would run it. It can be killed
/// (as a crash would) and its resident memory read from /proc.
/// </summary>
public sealed class HubProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly StringBuilder _output = new();
    private readonly Process _process;

    private HubProcess(Uri url, Process process)
    {
        Url = url;
        _process = process;
    }

    public Uri Url { get; }

    public int Id => _process.Id;

    public bool IsRunning => !_process.HasExited;

    /// <summary>What the process wrote (for failure messages).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<HubProcess> StartAsync(Uri url, IReadOnlyDictionary<string, string?> settings)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(GatewayAssembly())!,
        };
        start.ArgumentList.Add(GatewayAssembly());
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = url.GetLeftPart(UriPartial.Authority);
        start.Environment["DOTNET_gcServer"] = "0";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("The hub process did not start.");
        var hub = new HubProcess(url, process);
        process.OutputDataReceived += (_, e) => hub.Append(e.Data);
        process.ErrorDataReceived += (_, e) => hub.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await hub.WaitUntilAliveAsync();
            return hub;
        }
        catch
        {
            await hub.DisposeAsync();
            throw;
        }
    }

    /// <summary>Kills the process at once, as a crash or an OOM kill would, and waits for it to be gone.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        await _process.WaitForExitAsync();
    }

    /// <summary>The process's resident set size (VmRSS in /proc/{pid}/status), in bytes.</summary>
    public long ResidentBytes()
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                var kilobytes = line["VmRSS:".Length..].Trim().Split(' ')[0];
                return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
            }
        }
        throw new InvalidOperationException("No VmRSS line in /proc/{pid}/status.");
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private async Task WaitUntilAliveAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                using var response = await http.GetAsync(new Uri(Url, "healthz"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        throw new InvalidOperationException($"The hub at {Url} did not answer /healthz. Its output:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            if (_output.Length < 200_000)
            {
                _output.AppendLine(line);
            }
        }
    }

    private static string DotnetHost()
        => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>Hub.Gateway.dll as built next to this test assembly (the project reference copies it with its runtimeconfig).</summary>
    private static string GatewayAssembly()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Hub.Gateway.dll");
        if (!File.Exists(Path.ChangeExtension(path, ".runtimeconfig.json")))
        {
            throw new InvalidOperationException($"{path} has no runtimeconfig next to it; build the test project first.");
        }
        return path;
    }
}
