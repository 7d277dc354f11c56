using Hub.Gateway.OpenIdProvider.Authorization;
using Microsoft.AspNetCore;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Gateway.Flow;

/// <summary>
/// Records every authorization code OpenIddict issues for a flow (<see cref="ICodeIssuanceAudit"/>), after the code
/// is generated and before it is sent; refuses the sign-in when the record cannot be written (fail closed).
/// </summary>
internal sealed class AuditCodeIssuance(ICodeIssuanceAudit audit) : IOpenIddictServerHandler<ProcessSignInContext>
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
            || http is null
            || context.Principal is not { } principal)
        {
            return;
        }
        if (!await audit.RecordAsync(http, CodeIssuance.From(context.Request.ClientId ?? string.Empty, principal), http.RequestAborted))
        {
            context.Reject(Errors.TemporarilyUnavailable, "The sign-in cannot be recorded now; please try again.");
        }
    }
}
