namespace Hub.Gateway.OpenIdProvider.Keys;

/// <summary>
/// One stored hub key. <see cref="Generation"/> and <see cref="Algorithm"/> name its slot: a store keeps at most one
/// key per slot, so instances that race to create the same generation end up using the same key.
/// <see cref="KeyMaterial"/> is PKCS#8 for RS256/ES256 and the raw 32 bytes for A256KW: a store that leaves the
/// process must protect it (e.g. with ASP.NET Core data protection).
/// </summary>
public sealed record HubKeyRecord(
    string KeyId,
    string Algorithm,
    long Generation,
    DateTimeOffset CreatedAt,
    DateTimeOffset ActivatesAt,
    DateTimeOffset RetiresAt,
    DateTimeOffset ExpiresAt,
    byte[] KeyMaterial)
{
    public string Slot => $"{Algorithm}:{Generation}";

    public override string ToString() => $"{KeyId} ({Slot})";
}
