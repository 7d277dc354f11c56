using Hub.TrustList.Model;
using Hub.TrustList.Verification;
using static Hub.TrustList.Verification.TrustListErrorCodes;

namespace Hub.TrustList.Validation.Rules;

/// <summary>
/// Ids are unique. Provider and brand ids share one namespace, because <c>idp_hint</c> accepts either; client ids
/// are unique among relying parties.
/// </summary>
internal sealed class UniqueIdRule : ITrustListRule
{
    public IEnumerable<TrustListError> Check(TrustListDocument document)
    {
        var providerOrBrand = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in document.IdentityProviders)
        {
            if (!providerOrBrand.Add(p.Id))
            {
                yield return new(DuplicateId, $"identity_providers: the id '{p.Id}' is used twice (provider and brand ids share one namespace).");
            }
            foreach (var b in p.Brands.Where(b => !providerOrBrand.Add(b.Id)))
            {
                yield return new(DuplicateId, $"{Where.Provider(p)}.brands: the id '{b.Id}' is used twice (provider and brand ids share one namespace).");
            }
        }
        var clients = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in document.RelyingParties.Where(r => !clients.Add(r.ClientId)))
        {
            yield return new(DuplicateId, $"relying_parties: the client_id '{r.ClientId}' is used twice.");
        }
    }
}
