using Microsoft.AspNetCore.Http;

namespace Hub.Gateway.OpenIdProvider.Authorization;

/// <summary>
/// The seam between the OpenID provider and the orchestration (provider choice, adapters, LoA policy, consent).
/// <list type="number">
/// <item><c>/connect/authorize</c> validates the request, then calls <see cref="BeginAsync"/>. The interaction may
/// decide at once (approve or reject) or return <see cref="AuthorizationDecision.Interact"/> after saving
/// <see cref="ValidatedAuthorizationRequest.Parameters"/> in its flow state.</item>
/// <item>When the person is done, the interaction sends the browser to
/// <c>/connect/authorize/complete?flow={reference}</c>. The provider calls <see cref="ResumeAsync"/>, replays the
/// saved parameters through the full validation again (a suspension in the trust list takes effect here), and
/// issues the code or the error.</item>
/// </list>
/// </summary>
public interface IAuthorizationInteraction
{
    Task<AuthorizationDecision> BeginAsync(ValidatedAuthorizationRequest request, HttpContext httpContext, CancellationToken cancellationToken);

    /// <summary>
    /// Takes the finished flow named by <paramref name="flowReference"/>: single use (a second call for the same
    /// flow must return null), bound to the browser as the orchestration sees fit. Null if unknown or expired.
    /// </summary>
    Task<AuthorizationResumption?> ResumeAsync(string flowReference, HttpContext httpContext, CancellationToken cancellationToken);
}
