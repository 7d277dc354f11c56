namespace Hub.Gateway.Consents.Dashboard;

/// <summary>
/// The person signed in to the consent dashboard: the hub's per-person lookup key, under which their consents and
/// consent records are kept (each record names them by the RP's pairwise subject, which the revocation uses).
/// Nothing of the provider's identity is kept in the session.
/// </summary>
public sealed record DashboardPerson(string ConsentSubject, DateTimeOffset ExpiresAt);
