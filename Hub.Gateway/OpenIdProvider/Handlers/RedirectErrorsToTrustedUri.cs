using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Gateway.OpenIdProvider.Handlers;

/// <summary>
/// OpenIddict shows every validation error as a page. RFC 6749 4.1.2.1 wants errors sent back to the client once
/// the client and its redirect_uri are known to be good (e.g. a missing PKCE challenge). This restores that, and
/// only for a redirect_uri checked against the trust list.
/// </summary>
internal sealed class RedirectErrorsToTrustedUri : IOpenIddictServerHandler<ApplyAuthorizationResponseContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ApplyAuthorizationResponseContext>()
            .UseSingletonHandler<RedirectErrorsToTrustedUri>()
            .SetOrder(OpenIddictServerHandlers.Authentication.AttachRedirectUri.Descriptor.Order + 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ApplyAuthorizationResponseContext context)
    {
        if (string.IsNullOrEmpty(context.RedirectUri)
            && !string.IsNullOrEmpty(context.Response.Error)
            && context.Transaction.GetProperty<string>(TransactionProperties.TrustedRedirectUri) is { } trusted)
        {
            context.RedirectUri = trusted;
        }
        return ValueTask.CompletedTask;
    }
}
