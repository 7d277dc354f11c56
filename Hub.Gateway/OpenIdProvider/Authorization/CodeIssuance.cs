using System.Security.Claims;
using Hub.Gateway.OpenIdProvider.Handlers;
using Hub.Gateway.OpenIdProvider.Release;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hub.Gateway.OpenIdProvider.Authorization;

/// <summary>
/// What the audit records of an issued code: the RP, the pairwise subject, the acr and the names (never the values)
/// of the released claims.
/// </summary>
public sealed record CodeIssuance(string ClientId, string Subject, string? Acr, IReadOnlyList<string> ReleasedClaimNames)
{
    /// <summary>The facts of a code OpenIddict issued for <paramref name="principal"/>.</summary>
    public static CodeIssuance From(string clientId, ClaimsPrincipal principal) => new(
        clientId,
        principal.GetClaim(Claims.Subject) ?? string.Empty,
        principal.GetClaim(Claims.AuthenticationContextReference),
        [.. ReleasedClaims.FromJson(principal.GetClaim(HubClaimTypes.Released)).Names]);
}
