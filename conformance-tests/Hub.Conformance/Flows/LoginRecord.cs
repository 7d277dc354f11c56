using System.Text;
using Hub.Adapters.Abstractions;
using Hub.Conformance.Browser;
using Hub.Conformance.Candidates;

namespace Hub.Conformance.Flows;

/// <summary>One login as the suite ran it: the hub's request, the browser's journey, the hub's verdict, the time taken.</summary>
internal sealed record LoginRecord(
    string Label,
    TestAccount Account,
    AdapterError? BeginError,
    LoginAttempt? Attempt,
    Completion? Completion,
    TimeSpan Elapsed)
{
    /// <summary>What the hub remembered for this flow (for a second completion of the same answer).</summary>
    public PendingAuthentication? Pending { get; init; }

    public bool Succeeded => Completion?.Identity is not null;

    /// <summary>The hub's error, at the start or at the end; null when it succeeded or the browser never came back.</summary>
    public AdapterError? Error => BeginError ?? Completion?.Error;

    public bool ReachedHub => Attempt?.Callback is not null;

    /// <summary>The decoded SAMLResponse the provider posted, if any (for the suite's own reading of IDs and times).</summary>
    public string? SamlResponseXml
    {
        get
        {
            if (Attempt?.Callback?.Form.TryGetValue("SAMLResponse", out var encoded) != true)
            {
                return null;
            }
            try
            {
                return Encoding.UTF8.GetString(Convert.FromBase64String(encoded!));
            }
            catch (FormatException)
            {
                return null;
            }
        }
    }

    /// <summary>One line of evidence: what happened to this login.</summary>
    public string Describe()
    {
        if (BeginError is { } begin)
        {
            return $"{Label}: the hub could not start ({begin.Code})";
        }
        if (Completion is null)
        {
            return $"{Label}: {Attempt?.Trace ?? "not run"}";
        }
        return Completion.Error is { } error ? $"{Label}: rejected by the hub: {error.Code} ({error.Message})" : $"{Label}: accepted";
    }
}
