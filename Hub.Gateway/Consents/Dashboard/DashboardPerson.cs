namespace Hub.Gateway.Consents.Dashboard;

/// <summary>
/// The person signed in to the consent dashboard: the hub's consent key (under which the consents are kept) and the
/// provider identity it was derived from (to work out each RP's pairwise subject when a consent is revoked).
/// </summary>
public sealed record DashboardPerson(string ConsentSubject, string ProviderId, string ProviderSubject, DateTimeOffset ExpiresAt);
