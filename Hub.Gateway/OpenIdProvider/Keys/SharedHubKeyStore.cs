using Hub.Gateway.Stores.Abstractions;
using Microsoft.AspNetCore.DataProtection;
using StoreKeySet = Hub.Gateway.Stores.Abstractions.HubKeySet;

namespace Hub.Gateway.OpenIdProvider.Keys;

/// <summary>
/// The key ring's view of the shared <see cref="IHubKeyStore"/> (in-process, or Redis for several instances): one
/// key per slot (algorithm, generation), added by compare-and-set on the stored set so racing instances converge on
/// one key. The private key material never reaches the store in clear: each record is serialized and protected with
/// ASP.NET Core data protection (whose key ring every instance shares) into <see cref="HubSigningKey.ProtectedKeyMaterial"/>.
/// </summary>
internal sealed class SharedHubKeyStore
{
    private const string Purpose = "Hub.Gateway.OpenIdProvider.Keys.v1";
    private const int MaxAttempts = 20;

    private readonly IHubKeyStore _store;
    private readonly IDataProtector _protector;

    public SharedHubKeyStore(IHubKeyStore store, IDataProtectionProvider dataProtection)
    {
        _store = store;
        _protector = dataProtection.CreateProtector(Purpose);
    }

    public async Task<IReadOnlyList<HubKeyRecord>> GetAllAsync(CancellationToken cancellationToken)
    {
        var stored = await _store.GetAsync(cancellationToken);
        return stored is null ? [] : [.. stored.Value.Keys.Select(Unprotect)];
    }

    /// <summary>Stores the key unless its slot is taken (by this or another instance). True if this key was stored.</summary>
    public async Task<bool> TryAddAsync(HubKeyRecord key, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var stored = await _store.GetOrCreateAsync(() => new StoreKeySet([]), cancellationToken);
            if (stored.Value.Keys.Select(Unprotect).Any(r => r.Slot == key.Slot))
            {
                return false;
            }
            var next = new StoreKeySet([.. stored.Value.Keys, Protect(key)]);
            if (await _store.TryReplaceAsync(next, stored.Version, cancellationToken) == UpdateOutcome.Updated)
            {
                return true;
            }
        }
        throw new StoreUnavailableException("The hub key set kept changing while a key was being added; try again.");
    }

    public async Task RemoveAsync(HubKeyRecord key, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var stored = await _store.GetAsync(cancellationToken);
            if (stored is null || stored.Value.Keys.All(k => k.KeyId != key.KeyId))
            {
                return;
            }
            var next = new StoreKeySet([.. stored.Value.Keys.Where(k => k.KeyId != key.KeyId)]);
            if (await _store.TryReplaceAsync(next, stored.Version, cancellationToken) != UpdateOutcome.Conflict)
            {
                return;
            }
        }
    }

    private HubSigningKey Protect(HubKeyRecord record)
    {
        var json = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(record);
        var protectedMaterial = Convert.ToBase64String(_protector.Protect(json));
        // The store's own lifecycle fields: published from creation, gone once expired.
        return new HubSigningKey(record.KeyId, record.Algorithm, protectedMaterial, record.CreatedAt, record.ActivatesAt, record.ExpiresAt);
    }

    private HubKeyRecord Unprotect(HubSigningKey stored)
    {
        var json = _protector.Unprotect(Convert.FromBase64String(stored.ProtectedKeyMaterial));
        return System.Text.Json.JsonSerializer.Deserialize<HubKeyRecord>(json)
            ?? throw new InvalidDataException($"Hub key {stored.KeyId} is unreadable.");
    }
}
