// The conformance suite's entry point; the command line lives in Cli/.
return await Hub.Conformance.Cli.ConformanceCli.RunAsync(args);
