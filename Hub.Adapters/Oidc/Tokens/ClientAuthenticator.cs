using System.Collections.Concurrent;
using Duende.IdentityModel;
using Duende.IdentityModel.Client;
using Hub.Adapters.Abstractions;
using Hub.Adapters.Oidc.Configuration;
using Hub.Adapters.Oidc.Trust;
using Hub.TrustList.Common;
using Hub.TrustList.Model;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Adapters.Oidc.Tokens;

/// <summary>
/// Authenticates the hub at a provider's token endpoint: private_key_jwt (RFC 7523) with the hub's key by default,
/// or a client secret for sandbox providers configured so. The assertion's audience is the provider's issuer
/// (OpenID Connect Core errata, which closed the audience-injection issue of token-endpoint audiences).
/// </summary>
internal sealed class ClientAuthenticator(OidcAdapterOptions options, ISecureRandom random, TimeProvider timeProvider)
{
    private static readonly TimeSpan AssertionLifetime = TimeSpan.FromSeconds(60);
    private readonly ConcurrentDictionary<string, SigningCredentials?> _credentials = new(StringComparer.Ordinal);
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public AdapterError? Apply(ProtocolRequest request, AccreditedProvider provider)
    {
        var client = options.Clients.GetValueOrDefault(provider.Entry.Id);
        request.ClientId = provider.Metadata.ClientId;
        switch (client?.Method ?? ClientAuthenticationMethod.PrivateKeyJwt)
        {
            case ClientAuthenticationMethod.ClientSecretBasic or ClientAuthenticationMethod.ClientSecretPost
                when !string.IsNullOrEmpty(client?.ClientSecret):
                request.ClientSecret = client.ClientSecret;
                request.ClientCredentialStyle = client.Method == ClientAuthenticationMethod.ClientSecretBasic
                    ? ClientCredentialStyle.AuthorizationHeader
                    : ClientCredentialStyle.PostBody;
                return null;
            case ClientAuthenticationMethod.PrivateKeyJwt:
                var credentials = _credentials.GetOrAdd(client?.PrivateJwk ?? options.ClientSigningKey ?? "", Load);
                if (credentials is null)
                {
                    break;
                }
                request.ClientCredentialStyle = ClientCredentialStyle.PostBody;
                request.ClientAssertion = new ClientAssertion
                {
                    Type = OidcConstants.ClientAssertionTypes.JwtBearer,
                    Value = CreateAssertion(provider.Metadata, credentials),
                };
                return null;
        }
        return OidcErrors.Rejected(OidcErrorCodes.ClientNotConfigured,
            $"No usable client credentials for provider '{provider.Entry.Id}' (see Oidc:Clients and Oidc:ClientSigningKey).");
    }

    private string CreateAssertion(OidcProviderMetadata metadata, SigningCredentials credentials)
    {
        var now = timeProvider.GetUtcNow();
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = metadata.ClientId,
            Audience = metadata.Issuer,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + AssertionLifetime).UtcDateTime,
            Claims = new Dictionary<string, object>
            {
                [JwtRegisteredClaimNames.Sub] = metadata.ClientId,
                [JwtRegisteredClaimNames.Jti] = random.NextToken(16),
            },
            SigningCredentials = credentials,
        });
    }

    private static SigningCredentials? Load(string json)
        => ClientKeyParser.TryParse(json, out var key, out var algorithm, out _) ? new SigningCredentials(key, algorithm) : null;
}
