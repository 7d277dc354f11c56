namespace Hub.Gateway.Stores.Abstractions;

/// <summary>
/// A consent decision to record. <see cref="Person"/> is the hub's per-person lookup key (the same for every client,
/// so the consent dashboard can find all of one person's records); it is where the record is kept, not what it says.
/// <see cref="Subject"/> is who the record names: the client's pairwise <c>sub</c>, the one its ID tokens carry.
/// <see cref="Claims"/> are the claims granted (Granted), asked (Denied) or withdrawn (Revoked); <see cref="Declined"/>
/// the optional claims of the same request the person chose not to share. <see cref="PurposeVersions"/> maps each
/// decided claim to the version of the purpose text the person saw.
/// </summary>
public sealed record ConsentDecision(
    string Person,
    string Subject,
    string ClientId,
    ConsentAction Action,
    IReadOnlyList<string> Claims,
    IReadOnlyDictionary<string, string> PurposeVersions)
{
    public IReadOnlyList<string> Declined { get; init; } = [];
}
