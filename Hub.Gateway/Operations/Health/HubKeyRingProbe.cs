using Hub.Gateway.OpenIdProvider.Keys;
using Hub.Gateway.Stores.Abstractions;

namespace Hub.Gateway.Operations.Health;

/// <summary>Asks the hub's key ring for the key that signs ID tokens (RS256, the default) now.</summary>
internal sealed class HubKeyRingProbe(HubKeyRing ring) : ISigningKeyProbe
{
    public async Task<string?> CurrentSigningKeyIdAsync(CancellationToken cancellationToken)
    {
        try
        {
            var keys = await ring.GetAsync(cancellationToken);
            return keys.CurrentKeyId(HubKeyAlgorithms.Rs256);
        }
        catch (Exception e) when (e is InvalidOperationException or StoreUnavailableException or OperationCanceledException)
        {
            return null;
        }
    }
}
