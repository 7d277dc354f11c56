namespace Hub.Gateway.Tests.Stores;

/// <summary>A stand-in for the gateway's flow and code records: a small JSON-serializable record.</summary>
public sealed record TestFlow(string ClientId, int Step, IReadOnlyList<string> Claims);
