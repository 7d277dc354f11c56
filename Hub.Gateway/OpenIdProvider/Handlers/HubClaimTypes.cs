namespace Hub.Gateway.OpenIdProvider.Handlers;

/// <summary>Private claims the hub keeps in its stored codes and inside its (encrypted) access tokens.</summary>
internal static class HubClaimTypes
{
    /// <summary>The released claims as one JSON object.</summary>
    public const string Released = "hub_rel";
}
