namespace Hub.Gateway.Flow;

/// <summary>What the audit record of a code issuance needs from the flow, handed to the sign-in in the same request.</summary>
internal sealed record FlowAuditContext(string ProviderId, string? BrandId, string ConsentRecordId)
{
    public const string ItemKey = "hub:flow_audit";
}
