using Hub.Gateway.Stores.Serialization;

namespace Hub.Gateway.Operations.Telemetry;

/// <summary>
/// The flow id as it may appear in traces and logs: the first 16 characters of its SHA-256 (the id itself is a
/// bearer value; its digest correlates spans without letting a reader of the telemetry resume a flow).
/// </summary>
internal static class FlowDigest
{
    public static string Of(string flowId) => KeyDigest.Of(flowId)[..16];
}
