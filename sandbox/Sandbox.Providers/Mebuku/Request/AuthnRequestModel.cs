namespace Sandbox.Providers.Mebuku.Request;

/// <summary>An AuthnRequest as parsed, not yet validated.</summary>
internal sealed record AuthnRequestModel(
    string? Id,
    string? Version,
    string? IssueInstant,
    string? Destination,
    string? Issuer,
    string? AssertionConsumerServiceUrl,
    string? AssertionConsumerServiceIndex,
    string? ProtocolBinding,
    bool IsPassive,
    bool ForceAuthn,
    string? NameIdFormat,
    RequestedAuthnContextModel? RequestedAuthnContext);

/// <summary>RequestedAuthnContext: the comparison and the class references (declaration references are not supported).</summary>
internal sealed record RequestedAuthnContextModel(string Comparison, IReadOnlyList<string> ClassRefs, bool HasDeclRefs);
