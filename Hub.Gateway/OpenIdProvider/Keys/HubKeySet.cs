using Microsoft.IdentityModel.Tokens;

namespace Hub.Gateway.OpenIdProvider.Keys;

/// <summary>
/// The hub's keys as seen at one instant: what the jwks endpoint publishes, what verifies the hub's signed tokens and
/// opens its sealed access tokens, and which key signs and seals now. A key signs only once it has been published for
/// the publish lead, so a relying party that caches the JWKS already knows it (the very first key of a new deployment
/// is the exception).
/// </summary>
public sealed class HubKeySet
{
    private readonly IReadOnlyList<HubKey> _keys;
    private readonly DateTimeOffset _at;
    private readonly TimeSpan _publishLead;

    internal HubKeySet(IReadOnlyList<HubKey> keys, DateTimeOffset at, TimeSpan publishLead)
    {
        _keys = keys;
        _at = at;
        _publishLead = publishLead;
    }

    /// <summary>Public signing keys to publish: previous (still verifying), current and next.</summary>
    public IReadOnlyList<JsonWebKey> PublishedKeys
        => [.. _keys.Where(k => k.PublicJwk is not null).OrderBy(k => k.Record.Generation).Select(k => k.PublicJwk!)];

    public IReadOnlyList<SecurityKey> VerificationKeys
        => [.. _keys.Where(k => k.PublicJwk is not null).Select(k => k.PrivateKey)];

    /// <summary>Every symmetric key of the ring by id: a token sealed with a key that left the ring no longer opens.</summary>
    internal HubKey? SealingKey(string keyId)
        => _keys.FirstOrDefault(k => k.Record.Algorithm == HubKeyAlgorithms.A256Kw && k.Record.KeyId == keyId);

    /// <summary>The symmetric key that seals access tokens now.</summary>
    internal HubKey CurrentSealingKey => Current(HubKeyAlgorithms.A256Kw);

    public SigningCredentials SigningCredentialsFor(string algorithm)
        => new(Current(algorithm).PrivateKey, algorithm);

    /// <summary>The private key that signs with <paramref name="algorithm"/> now (its <c>KeyId</c> is the JWS kid).</summary>
    internal SecurityKey SigningKeyFor(string algorithm) => Current(algorithm).PrivateKey;

    /// <summary>The key id that signs with <paramref name="algorithm"/> now (for logs and tests).</summary>
    public string CurrentKeyId(string algorithm) => Current(algorithm).Record.KeyId;

    private HubKey Current(string algorithm)
    {
        var usable = _keys
            .Where(k => k.Record.Algorithm == algorithm && k.Record.ActivatesAt <= _at && _at < k.Record.ExpiresAt)
            .OrderByDescending(k => k.Record.Generation)
            .ToList();
        return usable.FirstOrDefault(k => k.Record.CreatedAt + _publishLead <= _at)
            ?? usable.FirstOrDefault()
            ?? throw new InvalidOperationException($"No usable hub key for {algorithm}: the key ring was not initialised.");
    }
}
