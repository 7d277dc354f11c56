namespace Hub.Gateway.Stores.Abstractions;

/// <summary>Where a hub signing key is in its life at a given instant.</summary>
public enum HubKeyState
{
    /// <summary>Published in jwks but not yet used to sign, so relying parties have it before the first token.</summary>
    Next,

    /// <summary>Active: published, and the newest active key of its algorithm signs.</summary>
    Current,

    /// <summary>No longer published nor used.</summary>
    Retired,
}
