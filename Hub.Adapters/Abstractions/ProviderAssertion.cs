namespace Hub.Adapters.Abstractions;

/// <summary>
/// What a protocol adapter extracts from a provider's validated response, before translation: still in the
/// provider's own attribute names and formats, but free of SAML/OIDC types. Nested OIDC claims are flattened to
/// dotted paths (<c>address.region</c>); booleans and numbers become their JSON text.
/// Internal to the adapters: the gateway sees only <see cref="Identity.InternalIdentity"/>.
/// </summary>
internal sealed record ProviderAssertion(
    string ProviderId,
    string Subject,
    DateTimeOffset AuthTime,
    IReadOnlyList<string> AuthnContext,
    IReadOnlyList<string> Amr,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Attributes);
