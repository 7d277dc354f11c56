namespace Hub.Gateway.OpenIdProvider.Handlers;

/// <summary>Private claims the hub keeps inside its own (encrypted) codes and access tokens.</summary>
internal static class HubClaimTypes
{
    /// <summary>A random id per authorization code, the key of its single-use record.</summary>
    public const string CodeId = "hub_cid";

    /// <summary>The released claims as one JSON object.</summary>
    public const string Released = "hub_rel";
}
