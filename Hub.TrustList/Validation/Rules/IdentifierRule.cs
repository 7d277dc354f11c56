using Hub.TrustList.Model;
using Hub.TrustList.Verification;
using static Hub.TrustList.Verification.TrustListErrorCodes;

namespace Hub.TrustList.Validation.Rules;

/// <summary>
/// Provider, brand and client ids are 1 to 64 characters of lowercase a-z, 0-9 and '-': they appear in URLs,
/// in <c>idp_hint</c> and in logs, where look-alike or case-folded ids would be a hazard.
/// </summary>
internal sealed class IdentifierRule : IRelyingPartyRule
{
    public static bool IsValidId(string? id)
        => id is { Length: > 0 and <= 64 } && !id.AsSpan().ContainsAnyExcept(IdCharacters);

    private static readonly System.Buffers.SearchValues<char> IdCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-");

    public IEnumerable<TrustListError> CheckAllButRelyingParties(TrustListDocument document)
    {
        var errors = new List<TrustListError>();
        foreach (var p in document.IdentityProviders)
        {
            if (!IsValidId(p.Id))
            {
                errors.Add(Bad($"identity_providers[{p.Id}].id", p.Id));
            }
            foreach (var b in p.Brands)
            {
                if (!IsValidId(b.Id))
                {
                    errors.Add(Bad($"{Where.Provider(p)}.brands[{b.Id}].id", b.Id));
                }
            }
        }
        return errors;
    }

    public void CheckRelyingParty(RelyingPartyEntry relyingParty, DateTimeOffset issuedAt, List<TrustListError> errors)
    {
        if (!IsValidId(relyingParty.ClientId))
        {
            errors.Add(Bad($"relying_parties[{relyingParty.ClientId}].client_id", relyingParty.ClientId));
        }
    }

    private static TrustListError Bad(string where, string? id)
        => new(IdSyntax, $"{where}: '{id}' is not an id (1 to 64 of a-z, 0-9 and '-').");
}
