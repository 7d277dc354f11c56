using Hub.Gateway.OpenIdProvider.Authorization;
using Hub.Gateway.OpenIdProvider.Logging;
using Hub.Gateway.OpenIdProvider.Options;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Gateway.OpenIdProvider.Handlers;

/// <summary>
/// On <c>/connect/authorize/complete?flow=...</c>: takes the finished flow from the interaction and replaces the
/// request with the original authorization parameters, which then go through the full validation again. The
/// flow's decision waits on the transaction for the passthrough endpoint.
/// </summary>
internal sealed class RestoreResumedRequest(
    IAuthorizationInteraction interaction, IOptions<HubOpenIdProviderOptions> options, ILogger<RestoreResumedRequest> logger)
    : IOpenIddictServerHandler<ExtractAuthorizationRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ExtractAuthorizationRequestContext>()
            .UseScopedHandler<RestoreResumedRequest>()
            .SetOrder(OpenIddictServerAspNetCoreHandlers.ExtractGetOrPostRequest<ExtractAuthorizationRequestContext>.Descriptor.Order + 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ExtractAuthorizationRequestContext context)
    {
        var http = context.Transaction.GetHttpRequest();
        if (http is null || context.Request is null || !IsCompletionPath(http.Path))
        {
            return;
        }
        var flow = context.Request.GetParameter(OpenIdProviderEndpoints.FlowParameter)?.GetRawValue() as string;
        var resumption = string.IsNullOrEmpty(flow) ? null : await interaction.ResumeAsync(flow, http.HttpContext, http.HttpContext.RequestAborted);
        if (resumption is null)
        {
            OpenIdProviderLog.AuthorizationRejected(logger, null, "op.flow.unknown");
            // The request was right; its sign-in is gone (expired, finished, or lost with an instance): the person is
            // told to start again (the flow-expired page), not that the service sent a bad request.
            context.Transaction.Properties[TransactionProperties.FlowGone] = true;
            context.Reject(Errors.InvalidRequest, "The sign-in flow is unknown or has expired. Please start again from the service.");
            return;
        }
        context.Request = new OpenIddictRequest(resumption.Parameters.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)));
        context.Transaction.SetProperty(TransactionProperties.ResumedDecision, resumption.Decision);
    }

    private bool IsCompletionPath(PathString path)
    {
        var expected = new PathString(options.Value.Issuer.AbsolutePath.TrimEnd('/') + "/" + OpenIdProviderEndpoints.AuthorizeComplete);
        return path.Equals(expected, StringComparison.OrdinalIgnoreCase)
            || path.Equals(new PathString("/" + OpenIdProviderEndpoints.AuthorizeComplete), StringComparison.OrdinalIgnoreCase);
    }
}
