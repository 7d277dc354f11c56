using Hub.Gateway.OpenIdProvider.Authorization;
using Hub.TrustList.Common;
using Hub.TrustList.Model;

namespace Hub.Gateway.OpenIdProvider.Assurance;

/// <summary>
/// The level an authorization must reach: the RP's floor from the trust list (<c>MinLoa</c>), raised to the weakest
/// of the hub acr values the RP asked for (any of them is acceptable, OIDC Core 3.1.2.1). Unknown acr values are
/// ignored when voluntary; when the RP marked acr essential and none is known, the request cannot be met.
/// </summary>
public static class RequiredLoaResolver
{
    public static Result<LevelOfAssurance, OpenIdError> Resolve(LevelOfAssurance floor, IReadOnlyList<string> acrValues, bool essential)
    {
        var known = new List<LevelOfAssurance>();
        foreach (var value in acrValues)
        {
            if (AcrValues.TryParse(value, out var level))
            {
                known.Add(level);
            }
        }
        if (known.Count == 0)
        {
            if (essential && acrValues.Count > 0)
            {
                return new OpenIdError(AuthorizationErrors.UnmetAuthenticationRequirements, "op.acr.unknown",
                    "None of the essential acr values is supported by the hub.");
            }
            return Result<LevelOfAssurance, OpenIdError>.Ok(floor);
        }
        var requested = known.Min();
        return Result<LevelOfAssurance, OpenIdError>.Ok(requested > floor ? requested : floor);
    }
}
