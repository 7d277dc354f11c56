using System.Security.Cryptography;
using System.Text;
using Hub.Adapters.Abstractions;
using Hub.Adapters.Oidc.Configuration;
using Hub.TrustList.Common;
using Hub.TrustList.Model;

namespace Hub.Adapters.Oidc.Callback;

/// <summary>
/// Checks the authorization response before any back-channel call, in this order: the flow is still fresh; the
/// state is the one issued for this flow and is used once; the RFC 9207 <c>iss</c> names the provider the flow
/// was sent to (mix-up defence, also for error responses); then the provider's error or the code.
/// </summary>
internal sealed class AuthorizationResponseValidator(IReplayCache replayCache, OidcAdapterOptions options, TimeProvider timeProvider)
{
    public const string ReplayKeyPrefix = "oidc:state:";

    public async Task<Result<string, AdapterError>> ValidateAsync(
        AuthorizationResponse response, PendingAuthentication pending, OidcProviderMetadata metadata, CancellationToken cancellationToken)
    {
        if (!pending.Values.TryGetValue(OidcPendingKeys.State, out var expectedState)
            || !pending.Values.ContainsKey(OidcPendingKeys.Nonce)
            || !pending.Values.ContainsKey(OidcPendingKeys.CodeVerifier))
        {
            return OidcErrors.Rejected(OidcErrorCodes.PendingInvalid, "The pending flow holds no OIDC state, nonce or verifier.");
        }
        var expiresAt = pending.CreatedAt + options.FlowLifetime;
        if (timeProvider.GetUtcNow() > expiresAt)
        {
            return OidcErrors.Rejected(OidcErrorCodes.FlowExpired, "The flow is older than the configured flow lifetime.");
        }
        if (response.State is null)
        {
            return OidcErrors.Rejected(OidcErrorCodes.StateMissing, "The response carries no state.");
        }
        if (!FixedTimeEquals(response.State, pending.Correlation) || !FixedTimeEquals(response.State, expectedState))
        {
            return OidcErrors.Rejected(OidcErrorCodes.StateMismatch, "The state does not belong to this flow.");
        }
        if (!await replayCache.TryAddAsync(ReplayKeyPrefix + response.State, expiresAt, cancellationToken).ConfigureAwait(false))
        {
            return OidcErrors.Rejected(OidcErrorCodes.StateReplayed, "The state was already used.");
        }
        if (response.Issuer is null)
        {
            if (options.RequireIssParameter)
            {
                return OidcErrors.Rejected(OidcErrorCodes.IssMissing, "The response carries no iss parameter (RFC 9207).");
            }
        }
        else if (!string.Equals(response.Issuer, metadata.Issuer, StringComparison.Ordinal))
        {
            return OidcErrors.Rejected(OidcErrorCodes.IssMismatch, "The iss parameter names another provider (possible mix-up attack).");
        }
        if (response.Error is not null)
        {
            return ProviderErrorMapper.FromAuthorizationResponse(response.Error);
        }
        return response.Code is null
            ? OidcErrors.Rejected(OidcErrorCodes.CodeMissing, "The response carries neither code nor error.")
            : Result<string, AdapterError>.Ok(response.Code);
    }

    internal static bool FixedTimeEquals(string a, string b)
        => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
