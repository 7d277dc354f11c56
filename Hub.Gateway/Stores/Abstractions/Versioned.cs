namespace Hub.Gateway.Stores.Abstractions;

/// <summary>A stored value with its version, to pass back to a compare-and-set update.</summary>
public sealed record Versioned<T>(T Value, long Version);
