using Duende.IdentityModel.Client;
using Hub.Adapters.Abstractions;
using Hub.Adapters.Oidc.Configuration;
using Hub.Adapters.Oidc.Discovery;
using Hub.Adapters.Oidc.Trust;
using Hub.TrustList.Common;
using Hub.TrustList.Model;

namespace Hub.Adapters.Oidc.Requests;

/// <summary>
/// The authorization request: response_type=code, PKCE S256, fresh state and nonce, the needed level in
/// acr_values, and the chosen brand (<c>brand=sakai-d</c>) when the person chose one. Returns the URL plus the
/// pending values that CompleteAsync needs to check the answer.
/// </summary>
internal static class AuthorizationRequestBuilder
{
    public static OutgoingRequest Build(
        AuthenticationRequestContext context,
        AccreditedProvider provider,
        ProviderEndpoints endpoints,
        OidcAdapterOptions options,
        ISecureRandom random,
        DateTimeOffset now)
    {
        var state = random.NextToken(32);
        var nonce = random.NextToken(32);
        var verifier = Pkce.NewVerifier(random);

        var url = new RequestUrl(endpoints.AuthorizationEndpoint.AbsoluteUri).CreateAuthorizeUrl(
            clientId: provider.Metadata.ClientId,
            responseType: "code",
            scope: string.Join(' ', Scopes(provider.Entry.Id, options)),
            redirectUri: context.CallbackUrl.AbsoluteUri,
            state: state,
            nonce: nonce,
            acrValues: context.RequiredLoa > LevelOfAssurance.D ? LoaAcrValues.For(context.RequiredLoa) : null,
            codeChallenge: Pkce.Challenge(verifier),
            codeChallengeMethod: Pkce.Method,
            extra: BrandHint(context.BrandId, provider.Entry.Id, options));

        var pending = new PendingAuthentication(
            context.ProviderId,
            context.BrandId,
            context.RequiredLoa,
            context.CallbackUrl,
            Correlation: state,
            CreatedAt: now,
            Values: new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [OidcPendingKeys.State] = state,
                [OidcPendingKeys.Nonce] = nonce,
                [OidcPendingKeys.CodeVerifier] = verifier,
            });
        return new OutgoingRequest(new Uri(url), pending);
    }

    /// <summary>The brand parameter (docs/gateway.md): the chosen brand's trust-list id, under the provider's parameter name.</summary>
    public static Parameters? BrandHint(string? brandId, string providerId, OidcAdapterOptions options)
    {
        var name = options.Clients.TryGetValue(providerId, out var client) ? client.BrandParameter : OidcClientOptions.DefaultBrandParameter;
        return string.IsNullOrEmpty(brandId) || string.IsNullOrEmpty(name) ? null : new Parameters { { name, brandId } };
    }

    /// <summary><c>openid</c> first, then the default scopes, then the provider's own; no duplicates.</summary>
    public static IEnumerable<string> Scopes(string providerId, OidcAdapterOptions options)
    {
        IEnumerable<string> own = options.Clients.TryGetValue(providerId, out var client) ? client.Scopes : [];
        return new[] { "openid" }.Concat(options.DefaultScopes).Concat(own)
            .Where(s => !string.IsNullOrWhiteSpace(s))
            .Distinct(StringComparer.Ordinal);
    }
}
