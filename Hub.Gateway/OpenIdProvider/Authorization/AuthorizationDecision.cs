using Hub.Adapters.Identity;
using Microsoft.AspNetCore.Http;

namespace Hub.Gateway.OpenIdProvider.Authorization;

/// <summary>What the orchestration decided about an authorization request.</summary>
public abstract record AuthorizationDecision
{
    private AuthorizationDecision()
    {
    }

    /// <summary>
    /// More interaction is needed (provider choice, the provider's login, consent): send the browser there. The flow
    /// comes back later through <see cref="OpenIdProviderEndpoints.AuthorizeComplete"/>.
    /// </summary>
    public sealed record Interact(IResult Result) : AuthorizationDecision;

    /// <summary>Issue the code for this person, releasing only <paramref name="ConsentedClaims"/> (and only what the policy allows).</summary>
    public sealed record Approve(InternalIdentity Identity, IReadOnlySet<string> ConsentedClaims) : AuthorizationDecision;

    /// <summary>End the authorization with an OIDC error sent to the RP's redirect_uri (see <see cref="AuthorizationErrors"/>).</summary>
    public sealed record Reject(string Error, string? Description = null) : AuthorizationDecision;

    public static AuthorizationDecision AccessDenied(string? description = null)
        => new Reject(AuthorizationErrors.AccessDenied, description ?? "The person denied the request.");

    public static AuthorizationDecision UnmetAuthenticationRequirements(string? description = null)
        => new Reject(AuthorizationErrors.UnmetAuthenticationRequirements, description ?? "The requested level of assurance cannot be met.");
}
