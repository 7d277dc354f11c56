using Hub.Gateway.OpenIdProvider.Authorization;

namespace Hub.Gateway.Flow;

/// <summary>The orchestration behind the OpenID provider (see <see cref="IAuthorizationInteraction"/>).</summary>
internal sealed class FlowInteraction(FlowStarter starter, FlowResumer resumer) : IAuthorizationInteraction
{
    public Task<AuthorizationDecision> BeginAsync(ValidatedAuthorizationRequest request, HttpContext httpContext, CancellationToken cancellationToken)
        => starter.BeginAsync(request, httpContext, cancellationToken);

    public Task<AuthorizationResumption?> ResumeAsync(string flowReference, HttpContext httpContext, CancellationToken cancellationToken)
        => resumer.ResumeAsync(flowReference, httpContext, cancellationToken);
}
