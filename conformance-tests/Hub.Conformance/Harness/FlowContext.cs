namespace Hub.Conformance.Harness;

/// <summary>The flow the current async call chain works for, so that hooks inside the hub's code can record into it.</summary>
internal static class FlowContext
{
    private static readonly AsyncLocal<FlowRecord?> CurrentFlow = new();

    public static FlowRecord? Current => CurrentFlow.Value;

    /// <summary>Makes <paramref name="record"/> current until the returned scope is disposed.</summary>
    public static IDisposable Enter(FlowRecord record)
    {
        var previous = CurrentFlow.Value;
        CurrentFlow.Value = record;
        return new Restore(previous);
    }

    private sealed class Restore(FlowRecord? previous) : IDisposable
    {
        public void Dispose() => CurrentFlow.Value = previous;
    }
}
