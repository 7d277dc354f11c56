using System.Text.RegularExpressions;
using Hub.TrustList.Model;
using Hub.TrustList.Verification;
using static Hub.TrustList.Verification.TrustListErrorCodes;

namespace Hub.TrustList.Validation.Rules;

/// <summary>
/// Provider, brand and client ids are 1 to 64 characters of lowercase a-z, 0-9 and '-': they appear in URLs,
/// in <c>idp_hint</c> and in logs, where look-alike or case-folded ids would be a hazard.
/// </summary>
internal sealed partial class IdentifierRule : ITrustListRule
{
    [GeneratedRegex("^[a-z0-9-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    public static bool IsValidId(string? id) => id is not null && IdPattern().IsMatch(id);

    public IEnumerable<TrustListError> Check(TrustListDocument document)
    {
        foreach (var p in document.IdentityProviders)
        {
            if (!IsValidId(p.Id)) yield return Bad($"identity_providers[{p.Id}].id", p.Id);
            foreach (var b in p.Brands.Where(b => !IsValidId(b.Id)))
            {
                yield return Bad($"{Where.Provider(p)}.brands[{b.Id}].id", b.Id);
            }
        }
        foreach (var r in document.RelyingParties.Where(r => !IsValidId(r.ClientId)))
        {
            yield return Bad($"relying_parties[{r.ClientId}].client_id", r.ClientId);
        }
    }

    private static TrustListError Bad(string where, string? id)
        => new(IdSyntax, $"{where}: '{id}' is not an id (1 to 64 of a-z, 0-9 and '-').");
}
