namespace Hub.Gateway.Operations.Health;

/// <summary>Whether the hub can sign an ID token now. Never throws; returns the signing key id, or null.</summary>
internal interface ISigningKeyProbe
{
    Task<string?> CurrentSigningKeyIdAsync(CancellationToken cancellationToken);
}
