using System.Security.Claims;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Gateway.OpenIdProvider.Handlers;

/// <summary>
/// At the token endpoint, carries the released claims from the redeemed code into the (encrypted) access token for
/// userinfo, and leaves them on the transaction for the ID token (see <see cref="AddReleasedClaimsToIdToken"/>).
/// </summary>
internal sealed class AttachReleasedClaims : IOpenIddictServerHandler<ProcessSignInContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ProcessSignInContext>()
            .UseSingletonHandler<AttachReleasedClaims>()
            .SetOrder(OpenIddictServerHandlers.PrepareIdentityTokenPrincipal.Descriptor.Order + 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ProcessSignInContext context)
    {
        if (context.EndpointType != OpenIddictServerEndpointType.Token)
        {
            return ValueTask.CompletedTask;
        }
        var released = context.Principal?.GetClaim(HubClaimTypes.Released);
        if (string.IsNullOrEmpty(released))
        {
            return ValueTask.CompletedTask;
        }
        if (context.AccessTokenPrincipal?.Identity is ClaimsIdentity accessToken)
        {
            accessToken.AddClaim(new Claim(HubClaimTypes.Released, released));
        }
        context.Transaction.SetProperty(TransactionProperties.ReleasedClaims, released);
        return ValueTask.CompletedTask;
    }
}
