using Hub.Gateway.OpenIdProvider.Authorization;
using Hub.TrustList.Common;
using Hub.TrustList.Loading;
using Hub.TrustList.Model;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hub.Gateway.OpenIdProvider.ClientAuthentication;

/// <summary>
/// Client authentication at the token endpoint, from the trust list only: the RP must be accredited and use the
/// method registered for it. private_key_jwt is the rule; client_secret_basic/post are accepted only for entries
/// marked demo. Anything else is <c>invalid_client</c>.
/// </summary>
public sealed class ClientAuthenticator(ITrustListSource trustList, ClientAssertionValidator assertions)
{
    public async Task<Result<RelyingPartyEntry, OpenIdError>> AuthenticateAsync(ClientAuthenticationRequest request, CancellationToken cancellationToken)
    {
        var snapshot = trustList.Current;
        if (snapshot is null)
        {
            return new OpenIdError(AuthorizationErrors.TemporarilyUnavailable, "op.trustlist.unavailable", "No trust list is loaded.");
        }
        var hasAssertion = !string.IsNullOrEmpty(request.ClientAssertion);
        var hasSecret = !string.IsNullOrEmpty(request.ClientSecret);
        if (hasAssertion && hasSecret)
        {
            return ClientAuthenticationErrors.Invalid("op.client.multiple_methods", "Use exactly one client authentication method.");
        }
        var clientId = request.ClientId;
        if (hasAssertion)
        {
            if (request.ClientAssertionType != ClientAssertionTypes.JwtBearer)
            {
                return ClientAuthenticationErrors.Invalid("op.client_assertion.assertion_type", "client_assertion_type must be jwt-bearer.");
            }
            var issuer = ClientAssertionValidator.PeekIssuer(request.ClientAssertion!);
            clientId ??= issuer;
            if (!string.Equals(issuer, clientId, StringComparison.Ordinal))
            {
                return ClientAuthenticationErrors.Invalid("op.client_assertion.issuer", "The client assertion's iss must be the client_id.");
            }
        }
        if (string.IsNullOrEmpty(clientId))
        {
            return ClientAuthenticationErrors.Invalid("op.client.missing", "The client is not identified.");
        }
        var relyingParty = snapshot.FindRelyingParty(clientId);
        if (relyingParty is null)
        {
            return ClientAuthenticationErrors.Invalid("op.client.unknown", "The client is not in the trust list.");
        }
        if (relyingParty.Status != EntryStatus.Accredited)
        {
            return ClientAuthenticationErrors.Invalid($"op.client.{relyingParty.Status.ToString().ToLowerInvariant()}", "The client is not accredited.");
        }
        return relyingParty.ClientAuthentication.Method switch
        {
            ClientAuthenticationMethod.PrivateKeyJwt when hasAssertion => await ValidateAssertionAsync(request.ClientAssertion!, relyingParty, cancellationToken),
            ClientAuthenticationMethod.ClientSecretBasic or ClientAuthenticationMethod.ClientSecretPost when hasSecret
                => VerifySecret(request, relyingParty),
            _ => ClientAuthenticationErrors.Invalid("op.client.method_mismatch", "The client did not use its registered authentication method."),
        };
    }

    private async Task<Result<RelyingPartyEntry, OpenIdError>> ValidateAssertionAsync(string assertion, RelyingPartyEntry relyingParty, CancellationToken cancellationToken)
    {
        var result = await assertions.ValidateAsync(assertion, relyingParty, cancellationToken);
        return result.IsSuccess ? Result<RelyingPartyEntry, OpenIdError>.Ok(relyingParty) : result.Error!;
    }

    private static Result<RelyingPartyEntry, OpenIdError> VerifySecret(ClientAuthenticationRequest request, RelyingPartyEntry relyingParty)
    {
        if (!relyingParty.Demo)
        {
            return ClientAuthenticationErrors.Invalid("op.client.secret_not_allowed", "Client secrets are accepted only for demo entries.");
        }
        var expectsBasic = relyingParty.ClientAuthentication.Method == ClientAuthenticationMethod.ClientSecretBasic;
        if (expectsBasic != request.SecretFromBasicHeader)
        {
            return ClientAuthenticationErrors.Invalid("op.client.method_mismatch", "The client did not use its registered authentication method.");
        }
        if (!ClientSecretVerifier.Matches(request.ClientSecret!, relyingParty.ClientAuthentication.ClientSecretSha256))
        {
            return ClientAuthenticationErrors.Invalid("op.client.secret_invalid", "The client secret is wrong.");
        }
        return Result<RelyingPartyEntry, OpenIdError>.Ok(relyingParty);
    }
}
