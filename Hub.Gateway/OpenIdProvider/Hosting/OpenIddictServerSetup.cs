using Hub.Gateway.OpenIdProvider.Authorization;
using Hub.Gateway.OpenIdProvider.Codes;
using Hub.Gateway.OpenIdProvider.Release;
using Hub.Gateway.OpenIdProvider.Handlers;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Gateway.OpenIdProvider.Hosting;

/// <summary>
/// The OpenIddict server configuration: degraded mode (no OpenIddict stores: clients come from the trust list,
/// codes are opaque handles into the hub's code store), authorization code flow with S256 PKCE only, and the hub's
/// handlers. See docs/decisions/0003-openid-provider.md. The token and userinfo endpoints are declared here for
/// discovery only: the hub serves them itself (Token/, UserInfo/; docs/decisions/0008-lean-token-endpoint.md).
/// </summary>
internal static class OpenIddictServerSetup
{
    public static void Configure(OpenIddictServerBuilder server)
    {
        server.EnableDegradedMode()
            .SetAuthorizationEndpointUris(OpenIdProviderEndpoints.Authorize, OpenIdProviderEndpoints.AuthorizeComplete)
            .SetTokenEndpointUris(OpenIdProviderEndpoints.Token)
            .SetUserInfoEndpointUris(OpenIdProviderEndpoints.UserInfo)
            .SetEndSessionEndpointUris(OpenIdProviderEndpoints.EndSession)
            .SetJsonWebKeySetEndpointUris(OpenIdProviderEndpoints.Jwks)
            .AllowAuthorizationCodeFlow()
            .RequireProofKeyForCodeExchange()
            .RegisterScopes([.. ScopeClaimMap.Scopes])
            // Placeholders that satisfy OpenIddict's start-up checks; OpenIddict issues no signed token itself (codes are
            // handles), and verifies id_token_hint and publishes keys with the rotating key ring (ApplyHubValidationKeys, PublishHubKeys).
            .AddEphemeralSigningKey()
            .AddEphemeralEncryptionKey();

        server.Configure(options =>
        {
            options.CodeChallengeMethods.Clear();
            options.CodeChallengeMethods.Add(CodeChallengeMethods.Sha256);
            options.ResponseModes.Remove(ResponseModes.Fragment);
            options.ClientAuthenticationMethods.Clear();
            options.ClientAuthenticationMethods.UnionWith([
                ClientAuthenticationMethods.PrivateKeyJwt,
                ClientAuthenticationMethods.ClientSecretBasic,
                ClientAuthenticationMethods.ClientSecretPost]);
            options.SubjectTypes.Clear();
            options.SubjectTypes.Add(SubjectTypes.Pairwise);
        });

        server.AddEventHandler(RestoreResumedRequest.Descriptor)
            .AddEventHandler(ValidateRelyingParty.Descriptor)
            .AddEventHandler(BuildValidatedRequest.Descriptor)
            .AddEventHandler(RedirectErrorsToTrustedUri.Descriptor)
            .AddEventHandler(RenderErrorPage<ApplyAuthorizationResponseContext>.Descriptor)
            .AddEventHandler(RenderErrorPage<ApplyEndSessionResponseContext>.Descriptor)
            .AddEventHandler(RefuseTokenRequestsInOpenIddict.Descriptor)
            .AddEventHandler(IssueCodeHandle.Descriptor)
            .AddEventHandler(ApplyHubValidationKeys.Descriptor)
            .AddEventHandler(PublishHubKeys.Descriptor)
            .AddEventHandler(DescribeProvider.Descriptor)
            .AddEventHandler(ValidateEndSessionClient.Descriptor);

        server.UseAspNetCore()
            .EnableAuthorizationEndpointPassthrough()
            // OpenIddict's start-up check wants userinfo served by someone; the hub's endpoint answers it before OpenIddict.
            .EnableUserInfoEndpointPassthrough()
            .EnableEndSessionEndpointPassthrough();
    }
}
