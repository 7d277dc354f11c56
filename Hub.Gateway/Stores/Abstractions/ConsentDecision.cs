namespace Hub.Gateway.Stores.Abstractions;

/// <summary>
/// A consent decision to record. <see cref="Subject"/> is the hub's pseudonymous key for the person: the same for
/// every client, so the consent dashboard can list them all (not the client's pairwise <c>sub</c>).
/// <see cref="PurposeVersions"/> maps each claim to the version of the purpose text the person saw.
/// </summary>
public sealed record ConsentDecision(
    string Subject,
    string ClientId,
    ConsentAction Action,
    IReadOnlyList<string> Claims,
    IReadOnlyDictionary<string, string> PurposeVersions);
