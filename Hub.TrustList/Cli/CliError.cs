namespace Hub.TrustList.Cli;

/// <summary>
/// Why a command stopped: a stable code (the trust-list rule's code where a rule failed), a message for the
/// coordinator, and the exit code.
/// </summary>
public sealed record CliError(string Code, string Message, int ExitCode = ExitCodes.Failure)
{
    public static CliError Usage(string code, string message) => new(code, message, ExitCodes.Usage);
}
