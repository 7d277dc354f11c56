using Hub.TrustList.Model;
using Hub.TrustList.Verification;
using static Hub.TrustList.Verification.TrustListErrorCodes;

namespace Hub.TrustList.Validation.Rules;

/// <summary>
/// Provider attributes and RP allowed claims are names of the common schema (<see cref="CommonSchemaClaims"/>), each
/// once; every claim an RP may request has a purpose in ja and en, shown on the consent page.
/// </summary>
internal sealed class ClaimRule : IRelyingPartyRule
{
    public IEnumerable<TrustListError> CheckAllButRelyingParties(TrustListDocument document)
    {
        var errors = new List<TrustListError>();
        foreach (var p in document.IdentityProviders)
        {
            for (var i = 0; i < p.Attributes.Count; i++)
            {
                CheckName(errors, p.Attributes, i, p.Attributes[i], () => $"{Where.Provider(p)}.attributes");
            }
        }
        return errors;
    }

    public void CheckRelyingParty(RelyingPartyEntry relyingParty, DateTimeOffset issuedAt, List<TrustListError> errors)
    {
        // No closure per entry: on 100,000 entries, the location is built only when there is an error.
        if (!AllSound(relyingParty.AllowedClaims))
        {
            Report(errors, relyingParty);
        }
    }

    private static bool AllSound(IReadOnlyList<ClaimPermission> claims)
    {
        for (var i = 0; i < claims.Count; i++)
        {
            if (!CommonSchemaClaims.Names.Contains(claims[i].Claim) || !TextRule.IsComplete(claims[i].Purpose))
            {
                return false;
            }
            for (var j = 0; j < i; j++)
            {
                if (claims[j].Claim == claims[i].Claim)
                {
                    return false;
                }
            }
        }
        return true;
    }

    private static void Report(List<TrustListError> errors, RelyingPartyEntry r)
    {
        var claims = r.AllowedClaims;
        for (var i = 0; i < claims.Count; i++)
        {
            CheckName(errors, claims, i, claims[i].Claim, () => $"{Where.RelyingParty(r)}.allowed_claims");
            if (!TextRule.IsComplete(claims[i].Purpose))
            {
                errors.Add(new(Claim, $"{Where.RelyingParty(r)}.allowed_claims[{claims[i].Claim}]: a purpose in both ja and en is required."));
            }
        }
    }

    private static void CheckName<T>(List<TrustListError> errors, IReadOnlyList<T> all, int index, string name, Func<string> where)
    {
        if (!CommonSchemaClaims.Names.Contains(name))
        {
            errors.Add(new(Claim, $"{where()}: '{name}' is not a claim of the common schema."));
            return;
        }
        for (var j = 0; j < index; j++)
        {
            if (NameOf(all[j]) == name)
            {
                errors.Add(new(Claim, $"{where()}: '{name}' is listed twice."));
                return;
            }
        }
    }

    private static string? NameOf<T>(T item) => item switch
    {
        string s => s,
        ClaimPermission c => c.Claim,
        _ => null,
    };
}
