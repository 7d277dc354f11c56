using Hub.TrustList.Model;

namespace Hub.TrustList.Validation;

/// <summary>Readable locations for error messages: <c>identity_providers[mebuku-id]</c>, <c>relying_parties[x].brands[y]</c>.</summary>
internal static class Where
{
    public static string Provider(IdentityProviderEntry p) => $"identity_providers[{p.Id}]";

    public static string Brand(IdentityProviderEntry p, BrandEntry b) => $"{Provider(p)}.brands[{b.Id}]";

    public static string RelyingParty(RelyingPartyEntry r) => $"relying_parties[{r.ClientId}]";
}
