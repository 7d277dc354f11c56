using System.Security.Claims;
using System.Text.Json.Serialization;
using OpenIddict.Abstractions;

namespace Hub.Gateway.OpenIdProvider.Codes;

/// <summary>
/// What an authorization code stands for, as the code store keeps it: the code principal's identity (authentication,
/// name and role claim types) and its claims with their destinations. Short property names keep it small. The token
/// endpoint reads it back as a <see cref="Token.RedeemedCode"/>.
/// </summary>
internal sealed record StoredCodePrincipal(
    [property: JsonPropertyName("a")] string? AuthenticationType,
    [property: JsonPropertyName("n")] string NameType,
    [property: JsonPropertyName("r")] string RoleType,
    [property: JsonPropertyName("c")] IReadOnlyList<StoredClaim> Claims)
{
    public static StoredCodePrincipal From(ClaimsPrincipal principal)
    {
        var identity = principal.Identity as ClaimsIdentity ?? new ClaimsIdentity();
        var claims = new List<StoredClaim>();
        foreach (var claim in identity.Claims)
        {
            var destinations = claim.GetDestinations();
            claims.Add(new StoredClaim(
                claim.Type,
                claim.Value,
                claim.ValueType == ClaimValueTypes.String ? null : claim.ValueType,
                destinations.IsDefaultOrEmpty ? null : [.. destinations]));
        }
        return new StoredCodePrincipal(identity.AuthenticationType, identity.NameClaimType, identity.RoleClaimType, claims);
    }
}
