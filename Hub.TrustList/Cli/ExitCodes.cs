namespace Hub.TrustList.Cli;

/// <summary>The CLI's contract with scripts.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>A validation or verification failure; the message names the rule (its error code).</summary>
    public const int Failure = 1;

    /// <summary>A usage error: unknown command or option, a missing or malformed argument.</summary>
    public const int Usage = 2;
}
