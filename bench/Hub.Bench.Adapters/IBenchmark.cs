namespace Hub.Bench.Adapters;

/// <summary>
/// One measured operation. Add a benchmark by adding a class (one file under Benchmarks/): the runner finds every
/// implementation by reflection, so no registration list has to be edited.
/// </summary>
internal interface IBenchmark
{
    /// <summary>Short name, used for filtering on the command line and in the report.</summary>
    string Name { get; }

    /// <summary>What one operation is, for the report.</summary>
    string Description { get; }

    /// <summary>Builds inputs once; not measured.</summary>
    void Setup();

    /// <summary>One operation. Must throw if the result is not the expected one, so a broken path cannot look fast.</summary>
    void Invoke();
}
