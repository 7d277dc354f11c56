using Hub.Gateway.OpenIdProvider.Assurance;
using Hub.Gateway.OpenIdProvider.Authorization;
using Hub.Gateway.Operations.Telemetry;
using Hub.Gateway.Stores.Abstractions;

namespace Hub.Gateway.Flow;

/// <summary>
/// Appends a record of third-party provision to the audit log for every authorization code issued for a flow:
/// when, which RP, which provider, the pairwise subject, the claim names (never values), the consent record and
/// the level. Runs after the code is generated and before it is sent: if the log cannot be written the code is
/// never delivered (fail closed). Codes not issued for a flow (no <see cref="FlowAuditContext"/>) are not recorded.
/// </summary>
internal sealed class CodeIssuanceAudit(IAuditLog audit, TimeProvider time, ILogger<CodeIssuanceAudit> logger) : ICodeIssuanceAudit
{
    public async Task<bool> RecordAsync(HttpContext httpContext, CodeIssuance issuance, CancellationToken cancellationToken)
    {
        if (httpContext.Items[FlowAuditContext.ItemKey] is not FlowAuditContext flow)
        {
            return true;
        }
        using var span = HubTelemetry.Start("hub.code.issue");
        span?.SetTag("hub.client", issuance.ClientId);
        span?.SetTag("hub.provider", flow.ProviderId);
        var level = AcrValues.TryParse(issuance.Acr ?? string.Empty, out var parsed) ? parsed : default;
        var record = new DataReleaseRecord(
            time.GetUtcNow(),
            issuance.ClientId,
            flow.ProviderId,
            flow.BrandId,
            issuance.Subject,
            issuance.ReleasedClaimNames,
            flow.ConsentRecordId,
            level);
        try
        {
            await audit.AppendAsync(record, cancellationToken);
        }
        catch (StoreUnavailableException)
        {
            FlowLog.StoreUnavailable(logger, "audit");
            return false;
        }
        FlowLog.Audited(logger, record.ClientId, record.ProviderId);
        return true;
    }
}
