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
/// codes are opaque handles into the hub's code store, access tokens are self-contained and encrypted),
/// authorization code flow with S256 PKCE only, and the hub's handlers. See docs/decisions/0003-openid-provider.md.
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
            // Placeholders that satisfy OpenIddict's start-up checks; every token is signed, encrypted and verified
            // with the rotating key ring instead (ApplyHubSigningCredentials, ApplyHubValidationKeys, PublishHubKeys).
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

        server.RemoveEventHandler(OpenIddictServerHandlers.ValidateClientAssertion.Descriptor);
        server.AddEventHandler(RestoreResumedRequest.Descriptor)
            .AddEventHandler(ValidateRelyingParty.Descriptor)
            .AddEventHandler(BuildValidatedRequest.Descriptor)
            .AddEventHandler(RedirectErrorsToTrustedUri.Descriptor)
            .AddEventHandler(RenderErrorPage<ApplyAuthorizationResponseContext>.Descriptor)
            .AddEventHandler(RenderErrorPage<ApplyEndSessionResponseContext>.Descriptor)
            .AddEventHandler(AuthenticateTokenClient.Descriptor)
            .AddEventHandler(RequireProofKeyOnRedemption.Descriptor)
            .AddEventHandler(IssueCodeHandle.Descriptor)
            .AddEventHandler(RedeemCodeHandle.Descriptor)
            .AddEventHandler(AttachReleasedClaims.Descriptor)
            .AddEventHandler(ApplyHubSigningCredentials.Descriptor)
            .AddEventHandler(AddReleasedClaimsToIdToken.Descriptor)
            .AddEventHandler(ApplyHubValidationKeys.Descriptor)
            .AddEventHandler(PublishHubKeys.Descriptor)
            .AddEventHandler(DescribeProvider.Descriptor)
            .AddEventHandler(ValidateEndSessionClient.Descriptor);

        server.UseAspNetCore()
            .EnableAuthorizationEndpointPassthrough()
            .EnableUserInfoEndpointPassthrough()
            .EnableEndSessionEndpointPassthrough();
    }
}
