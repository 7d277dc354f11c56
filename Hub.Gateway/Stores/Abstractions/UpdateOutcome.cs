namespace Hub.Gateway.Stores.Abstractions;

/// <summary>The result of a compare-and-set update.</summary>
public enum UpdateOutcome
{
    /// <summary>The expected version matched; the value was replaced and its version advanced by one.</summary>
    Updated,

    /// <summary>Another writer advanced the value first; nothing was written.</summary>
    Conflict,

    /// <summary>There is no value (never stored, deleted or expired); nothing was written.</summary>
    NotFound,
}
