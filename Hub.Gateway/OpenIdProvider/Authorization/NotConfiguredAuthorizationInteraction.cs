using Hub.Gateway.OpenIdProvider.Logging;
using Microsoft.AspNetCore.Http;

namespace Hub.Gateway.OpenIdProvider.Authorization;

/// <summary>
/// The default until the orchestration registers its <see cref="IAuthorizationInteraction"/>: every request ends
/// with <c>temporarily_unavailable</c>. Nobody is ever signed in by default.
/// </summary>
internal sealed class NotConfiguredAuthorizationInteraction(ILogger<NotConfiguredAuthorizationInteraction> logger) : IAuthorizationInteraction
{
    public Task<AuthorizationDecision> BeginAsync(ValidatedAuthorizationRequest request, HttpContext httpContext, CancellationToken cancellationToken)
    {
        OpenIdProviderLog.NoInteractionConfigured(logger);
        return Task.FromResult<AuthorizationDecision>(new AuthorizationDecision.Reject(
            AuthorizationErrors.TemporarilyUnavailable, "Sign-in is not available on this hub."));
    }

    public Task<AuthorizationResumption?> ResumeAsync(string flowReference, HttpContext httpContext, CancellationToken cancellationToken)
        => Task.FromResult<AuthorizationResumption?>(null);
}
