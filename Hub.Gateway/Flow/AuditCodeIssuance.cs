using Hub.Gateway.OpenIdProvider.Assurance;
using Hub.Gateway.OpenIdProvider.Handlers;
using Hub.Gateway.OpenIdProvider.Release;
using Hub.Gateway.Operations.Telemetry;
using Hub.Gateway.Stores.Abstractions;
using Microsoft.AspNetCore;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Gateway.Flow;

/// <summary>
/// Appends a record of third-party provision to the audit log for every authorization code issued for a flow:
/// when, which RP, which provider, the pairwise subject, the claim names (never values), the consent record and
/// the level. Runs after the code is generated and before it is sent: if the log cannot be written the code is
/// never delivered (fail closed).
/// </summary>
internal sealed class AuditCodeIssuance(IAuditLog audit, TimeProvider time, ILogger<AuditCodeIssuance> logger)
    : IOpenIddictServerHandler<ProcessSignInContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ProcessSignInContext>()
            .UseScopedHandler<AuditCodeIssuance>()
            .SetOrder(OpenIddictServerHandlers.GenerateAuthorizationCode.Descriptor.Order + 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ProcessSignInContext context)
    {
        var http = context.Transaction.GetHttpRequest()?.HttpContext;
        if (context.EndpointType != OpenIddictServerEndpointType.Authorization
            || string.IsNullOrEmpty(context.AuthorizationCode)
            || http?.Items[FlowAuditContext.ItemKey] is not FlowAuditContext flow
            || context.Principal is not { } principal)
        {
            return;
        }
        using var span = HubTelemetry.Start("hub.code.issue");
        span?.SetTag("hub.client", context.Request.ClientId);
        span?.SetTag("hub.provider", flow.ProviderId);
        var level = AcrValues.TryParse(principal.GetClaim(Claims.AuthenticationContextReference) ?? string.Empty, out var parsed) ? parsed : default;
        var record = new DataReleaseRecord(
            time.GetUtcNow(),
            context.Request.ClientId ?? string.Empty,
            flow.ProviderId,
            flow.BrandId,
            principal.GetClaim(Claims.Subject) ?? string.Empty,
            [.. ReleasedClaims.FromJson(principal.GetClaim(HubClaimTypes.Released)).Names],
            flow.ConsentRecordId,
            level);
        try
        {
            await audit.AppendAsync(record, http.RequestAborted);
        }
        catch (StoreUnavailableException)
        {
            FlowLog.StoreUnavailable(logger, "audit");
            context.Reject(Errors.TemporarilyUnavailable, "The sign-in cannot be recorded now; please try again.");
            return;
        }
        FlowLog.Audited(logger, record.ClientId, record.ProviderId);
    }
}
