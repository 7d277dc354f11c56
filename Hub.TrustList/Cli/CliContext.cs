namespace Hub.TrustList.Cli;

/// <summary>
/// What a command needs from its surroundings: where to write, and the clock. The real entry point uses the console
/// and the system clock; tests pass string writers and a FakeTimeProvider.
/// </summary>
public sealed record CliContext(TextWriter Out, TextWriter Error, TimeProvider Time)
{
    public static CliContext FromConsole() => new(System.Console.Out, System.Console.Error, TimeProvider.System);

    /// <summary>Writes the error and returns its exit code, so that a command can end with <c>return context.Fail(error)</c>.</summary>
    public int Fail(CliError error)
    {
        Error.WriteLine($"error: {error.Code}: {error.Message}");
        return error.ExitCode;
    }

    /// <summary>Now, truncated to whole seconds: the list stores instants to the second.</summary>
    public DateTimeOffset Now()
    {
        var now = Time.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
    }
}
