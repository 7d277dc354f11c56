namespace Hub.Conformance.Cli;

/// <summary>The suite's contract with scripts and CI.</summary>
public static class SuiteExitCodes
{
    /// <summary>Every must-level check passed.</summary>
    public const int Passed = 0;

    /// <summary>A must-level check failed or could not be judged (skipped).</summary>
    public const int Failed = 1;

    /// <summary>A usage error: bad arguments, or a candidate file the suite cannot run with.</summary>
    public const int Usage = 2;
}
