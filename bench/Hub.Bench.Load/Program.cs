using Hub.Bench.Load;
using Hub.Bench.Load.Floor.Http;
using Hub.Bench.Load.Processes;

if (args.Length > 0 && args[0] == ProvidersPart.Command)
{
    return await ProvidersPart.RunAsync(args[1..]);
}
if (args.Length > 0 && args[0] == BareGatewayPart.Command)
{
    return await BareGatewayPart.RunAsync(args[1..]);
}
var settings = BenchSettings.Parse(args);
if (settings is null)
{
    await Console.Error.WriteLineAsync(BenchSettings.Usage);
    return 2;
}
return await BenchRun.RunAsync(settings);
