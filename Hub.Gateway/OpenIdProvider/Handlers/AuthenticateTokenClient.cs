using Hub.Gateway.OpenIdProvider.ClientAuthentication;
using Hub.Gateway.OpenIdProvider.Logging;
using Microsoft.AspNetCore;
using Microsoft.Net.Http.Headers;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Gateway.OpenIdProvider.Handlers;

/// <summary>
/// Authenticates the client at the token endpoint with <see cref="ClientAuthenticator"/> (trust list, pinned JWKS,
/// jti replay). It takes the place of OpenIddict's client-assertion validation, which in degraded mode has no keys
/// and knows nothing of the trust list.
/// </summary>
internal sealed class AuthenticateTokenClient(ClientAuthenticator authenticator, ILogger<AuthenticateTokenClient> logger)
    : IOpenIddictServerHandler<ProcessAuthenticationContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ProcessAuthenticationContext>()
            .UseScopedHandler<AuthenticateTokenClient>()
            .SetOrder(OpenIddictServerHandlers.ValidateClientAssertion.Descriptor.Order)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ProcessAuthenticationContext context)
    {
        if (context.EndpointType != OpenIddictServerEndpointType.Token)
        {
            return;
        }
        var request = context.Request;
        var authorization = context.Transaction.GetHttpRequest()?.Headers[HeaderNames.Authorization].ToString();
        var presented = new ClientAuthenticationRequest(
            request.ClientId, request.ClientAssertion, request.ClientAssertionType, request.ClientSecret,
            SecretFromBasicHeader: authorization?.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase) == true);
        var result = await authenticator.AuthenticateAsync(presented, context.CancellationToken);
        if (!result.IsSuccess)
        {
            OpenIdProviderLog.TokenRequestRejected(logger, request.ClientId, result.Error!.Code);
            context.Reject(result.Error.Error, result.Error.Description);
            return;
        }
        request.ClientId = result.Value.ClientId;
        context.Transaction.SetProperty(TransactionProperties.AuthenticatedClient, result.Value);
    }
}
