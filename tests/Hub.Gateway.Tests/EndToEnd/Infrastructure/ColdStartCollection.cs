namespace Hub.Gateway.Tests.EndToEnd.Infrastructure;

/// <summary>Cold-start tests: run after the parallel ones, and alone, so the rest of the suite adds no load to them.</summary>
[CollectionDefinition(nameof(ColdStartCollection), DisableParallelization = true)]
public sealed class ColdStartCollection;
