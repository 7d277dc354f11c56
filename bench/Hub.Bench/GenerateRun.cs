using System.Diagnostics;
using Hub.TrustList.Signing;

namespace Hub.Bench;

/// <summary>Generates and signs the list, writes it and the anchor to a temp folder, then runs the verify child.</summary>
internal static class GenerateRun
{
    public static int Run(int providers, int relyingParties)
    {
        var directory = Directory.CreateTempSubdirectory("hub-bench-").FullName;
        var listPath = Path.Combine(directory, "trustlist.json");
        var anchorPath = Path.Combine(directory, "coordinator.public.jwk");
        var (privateJwk, publicJwk) = KeyGenerator.Generate();
        File.WriteAllText(anchorPath, publicJwk);

        var watch = Stopwatch.StartNew();
        var document = LargeTrustList.Generate(providers, relyingParties, DateTimeOffset.UtcNow.AddMinutes(-1));
        var generated = watch.Elapsed;
        watch.Restart();
        var signed = TrustListSigner.Sign(document, SigningKey.FromJwk(privateJwk), indented: false);
        var signing = watch.Elapsed;
        File.WriteAllBytes(listPath, signed);
        Console.WriteLine($"list: {providers:N0} providers, {relyingParties:N0} relying parties, {signed.Length / 1048576.0:0.0} MiB compact JSON");
        Console.WriteLine($"generate: {generated.TotalMilliseconds:0} ms; serialize + canonicalize + sign (ES256): {signing.TotalMilliseconds:0} ms");
        document = null;
        signed = null;

        var exitCode = VerifyChild(listPath, anchorPath, "file");
        exitCode |= VerifyChild(listPath, anchorPath, "memory");
        if (Environment.GetEnvironmentVariable("HUB_BENCH_PHASES") == "1")
        {
            PhaseRun.Run(listPath);
        }
        if (Environment.GetEnvironmentVariable("HUB_BENCH_KEEP") == "1")
        {
            Console.WriteLine($"kept: {listPath} (anchor {anchorPath})");
        }
        else
        {
            Directory.Delete(directory, recursive: true);
        }
        return exitCode;
    }

    private static int VerifyChild(string listPath, string anchorPath, string mode)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(GenerateRun).Assembly.Location);
        }
        foreach (var argument in new[] { "verify", listPath, anchorPath, "5", mode })
        {
            start.ArgumentList.Add(argument);
        }
        using var child = Process.Start(start)!;
        child.WaitForExit();
        return child.ExitCode;
    }
}
