using Hub.TrustList.Model;

namespace Hub.Gateway.Tests.EndToEnd.Infrastructure;

/// <summary>What a coordinator publishes in the tests: suspensions of a provider, a brand or a relying party.</summary>
public static class TrustListChanges
{
    private static StatusChange Suspended() => new(EntryStatus.Suspended, DateTimeOffset.UtcNow.AddMinutes(-5), "一時停止（テスト） / suspended for a test");

    public static Func<TrustListDocument, TrustListDocument> SuspendProvider(string id) => d => d with
    {
        IdentityProviders = [.. d.IdentityProviders.Select(p => p.Id == id ? p with { StatusHistory = [.. p.StatusHistory, Suspended()] } : p)],
    };

    public static Func<TrustListDocument, TrustListDocument> SuspendBrand(string id) => d => d with
    {
        IdentityProviders = [.. d.IdentityProviders.Select(p => p with
        {
            Brands = [.. p.Brands.Select(b => b.Id == id ? b with { StatusHistory = [.. b.StatusHistory, Suspended()] } : b)],
        })],
    };

    public static Func<TrustListDocument, TrustListDocument> SuspendRelyingParty(string clientId) => d => d with
    {
        RelyingParties = [.. d.RelyingParties.Select(r => r.ClientId == clientId ? r with { StatusHistory = [.. r.StatusHistory, Suspended()] } : r)],
    };
}
