using Hub.TrustList.Model;

namespace Hub.Adapters.Abstractions;

/// <summary>What the gateway asks an adapter to start: which provider (and brand), and the level needed.</summary>
public sealed record AuthenticationRequestContext(
    string ProviderId,
    string? BrandId,
    LevelOfAssurance RequiredLoa,
    Uri CallbackUrl,
    string FlowId);
