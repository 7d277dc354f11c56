using Hub.Adapters.Abstractions;

namespace Hub.Conformance.Harness;

/// <summary>
/// What the hub's code saw during one completion: the provider assertion before translation and the raw ID tokens
/// of the token responses. Filled by <see cref="RecordingTranslator"/> and <see cref="TokenResponseRecorder"/>.
/// </summary>
internal sealed class FlowRecord(string label)
{
    private readonly List<string> _idTokens = [];
    private readonly Lock _lock = new();

    public string Label { get; } = label;

    /// <summary>Replay-cache keys are scoped to one flow: the suite judges reuse across flows itself.</summary>
    public string Scope { get; } = Guid.NewGuid().ToString("N");

    public ProviderAssertion? Assertion { get; set; }

    public IReadOnlyList<string> IdTokens
    {
        get
        {
            lock (_lock)
            {
                return [.. _idTokens];
            }
        }
    }

    public void AddIdToken(string idToken)
    {
        lock (_lock)
        {
            _idTokens.Add(idToken);
        }
    }
}
