// The coordinator's CLI entry point; the commands live in Cli/.
return await Hub.TrustList.Cli.CoordinatorCli.RunAsync(args);
