namespace Hub.Gateway.Stores.Abstractions;

/// <summary>
/// A hub signing key. <see cref="ProtectedKeyMaterial"/> is opaque to the store: the key service decides its form
/// (e.g. a private JWK encrypted with a key that is not kept in the same store).
/// </summary>
public sealed record HubSigningKey(
    string KeyId,
    string Algorithm,
    string ProtectedKeyMaterial,
    DateTimeOffset CreatedAt,
    DateTimeOffset ActivatesAt,
    DateTimeOffset? RetiresAt)
{
    public HubKeyState StateAt(DateTimeOffset now) =>
        RetiresAt is { } retires && retires <= now ? HubKeyState.Retired
        : now < ActivatesAt ? HubKeyState.Next
        : HubKeyState.Current;
}
