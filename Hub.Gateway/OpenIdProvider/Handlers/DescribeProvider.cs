using System.Collections.Immutable;
using Hub.Gateway.OpenIdProvider.Assurance;
using Hub.Gateway.OpenIdProvider.Authorization;
using Hub.Gateway.OpenIdProvider.Release;
using Hub.Gateway.OpenIdProvider.ClientAuthentication;
using Hub.Gateway.OpenIdProvider.Keys;
using Hub.Gateway.OpenIdProvider.Options;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Gateway.OpenIdProvider.Handlers;

/// <summary>
/// Completes the discovery document: endpoints under the configured issuer (not the request's host), the hub's
/// signing algorithms, pairwise subjects, the common claims, the acr values, and the claims parameter.
/// </summary>
internal sealed class DescribeProvider(IOptions<HubOpenIdProviderOptions> options) : IOpenIddictServerHandler<HandleConfigurationRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<HandleConfigurationRequestContext>()
            .UseSingletonHandler<DescribeProvider>()
            .SetOrder(OpenIddictServerHandlers.Discovery.AttachAdditionalMetadata.Descriptor.Order + 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(HandleConfigurationRequestContext context)
    {
        var issuer = options.Value.Issuer;
        context.AuthorizationEndpoint = new Uri(issuer, OpenIdProviderEndpoints.Authorize);
        context.TokenEndpoint = new Uri(issuer, OpenIdProviderEndpoints.Token);
        context.UserInfoEndpoint = new Uri(issuer, OpenIdProviderEndpoints.UserInfo);
        context.EndSessionEndpoint = new Uri(issuer, OpenIdProviderEndpoints.EndSession);
        context.JsonWebKeySetEndpoint = new Uri(issuer, OpenIdProviderEndpoints.Jwks);

        context.IdTokenSigningAlgorithms.Clear();
        context.IdTokenSigningAlgorithms.UnionWith([HubKeyAlgorithms.Rs256, HubKeyAlgorithms.Es256]);
        context.SubjectTypes.Clear();
        context.SubjectTypes.Add(SubjectTypes.Pairwise);
        context.Claims.UnionWith([Claims.Nonce, Claims.AuthenticationTime, Claims.AuthenticationContextReference, Claims.AuthenticationMethodReference]);
        context.Claims.UnionWith(CommonClaimNames.All);

        context.Metadata[Metadata.AcrValuesSupported] = new OpenIddictParameter(ImmutableArray.CreateRange<string?>(AcrValues.Supported));
        context.Metadata[Metadata.TokenEndpointAuthSigningAlgValuesSupported] =
            new OpenIddictParameter(ImmutableArray.CreateRange<string?>(ClientAssertionValidator.Algorithms.Order(StringComparer.Ordinal)));
        context.Metadata[Metadata.ClaimsParameterSupported] = true;
        context.Metadata[Metadata.ClaimTypesSupported] = new OpenIddictParameter(ImmutableArray.Create<string?>("normal"));
        return ValueTask.CompletedTask;
    }
}
