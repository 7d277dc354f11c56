// The trust-list benchmark: generate and sign a national-scale list, then load and verify it in a fresh process
// (so that the peak memory is that of loading, not of generating). Usage:
//   dotnet run -c Release --project bench/Hub.Bench [-- <providers> <relying parties>]
using Hub.Bench;

if (args is ["verify", var file, var anchor, var runs, var mode])
{
    return VerifyRun.Run(file, anchor, int.Parse(runs, System.Globalization.CultureInfo.InvariantCulture), mode == "file");
}
if (args is ["read", var readFile, var rounds])
{
    // For a profiler: the model pass alone, again and again.
    for (var i = 0; i < int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture); i++)
    {
        using var source = new Hub.TrustList.Streaming.FileListSource(readFile);
        GC.KeepAlive(Hub.TrustList.Serialization.Reading.TrustListReader.Read(source).Value);
    }
    return 0;
}
if (args is ["phases", var listFile])
{
    PhaseRun.Run(listFile);
    return 0;
}
var providers = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 2_000;
var relyingParties = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
return GenerateRun.Run(providers, relyingParties);
