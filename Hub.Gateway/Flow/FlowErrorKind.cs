namespace Hub.Gateway.Flow;

/// <summary>The error pages a person can reach; each has its own text (ja/en) and status code.</summary>
public enum FlowErrorKind
{
    /// <summary>The flow is unknown, expired or already used: "please start again from the service".</summary>
    FlowExpired,

    /// <summary>The flow does not belong to this browser (cookie missing or of another flow).</summary>
    FlowNotBound,

    /// <summary>The chosen provider or brand is suspended or withdrawn in the current trust list.</summary>
    ProviderSuspended,

    /// <summary>The provider cannot be reached (timeout, circuit open).</summary>
    ProviderUnavailable,

    /// <summary>The provider's answer was refused (signature, replay, malformed...).</summary>
    ResponseRejected,

    /// <summary>The hub's state store is unavailable: fail closed.</summary>
    StoreUnavailable,

    /// <summary>A malformed request to one of the hub's pages.</summary>
    BadRequest,

    /// <summary>The chosen provider or brand cannot reach the level the relying party needs.</summary>
    LevelNotMet,

    /// <summary>The person declined to share what the relying party needs.</summary>
    ConsentRefused,
}
