using System.Text.Json;
using Hub.Gateway.OpenIdProvider.Authorization;
using Hub.TrustList.Common;

namespace Hub.Gateway.OpenIdProvider.Release;

/// <summary>
/// The OIDC <c>claims</c> request parameter (OIDC Core 5.5), reduced to what the hub uses: the names of common
/// claims asked for in <c>userinfo</c> or <c>id_token</c>, and the acr values asked for in <c>id_token.acr</c>.
/// </summary>
public sealed record ClaimsParameter(IReadOnlySet<string> ClaimNames, IReadOnlyList<string> AcrValues, bool AcrEssential)
{
    public static ClaimsParameter None { get; } = new(new HashSet<string>(StringComparer.Ordinal), [], false);

    public static Result<ClaimsParameter, OpenIdError> Parse(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return Result<ClaimsParameter, OpenIdError>.Ok(None);
        }
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 8 });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Malformed();
            }
            var names = new HashSet<string>(StringComparer.Ordinal);
            var acr = new List<string>();
            var essential = false;
            foreach (var target in document.RootElement.EnumerateObject())
            {
                if (target.Name is not ("userinfo" or "id_token"))
                {
                    continue;
                }
                if (target.Value.ValueKind != JsonValueKind.Object)
                {
                    return Malformed();
                }
                foreach (var claim in target.Value.EnumerateObject())
                {
                    if (claim.Value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Object))
                    {
                        return Malformed();
                    }
                    if (claim.Name == "acr" && claim.Value.ValueKind == JsonValueKind.Object)
                    {
                        essential |= ReadAcr(claim.Value, acr);
                    }
                    else if (CommonClaimNames.All.Contains(claim.Name))
                    {
                        names.Add(claim.Name);
                    }
                }
            }
            return Result<ClaimsParameter, OpenIdError>.Ok(new ClaimsParameter(names, acr, essential));
        }
        catch (JsonException)
        {
            return Malformed();
        }
    }

    private static bool ReadAcr(JsonElement request, List<string> acr)
    {
        if (request.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String)
        {
            acr.Add(value.GetString()!);
        }
        if (request.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array)
        {
            acr.AddRange(values.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!));
        }
        return request.TryGetProperty("essential", out var essential) && essential.ValueKind == JsonValueKind.True;
    }

    private static OpenIdError Malformed()
        => new(OpenIddict.Abstractions.OpenIddictConstants.Errors.InvalidRequest, "op.claims.malformed",
            "The claims parameter is not a valid OIDC claims request.");
}
