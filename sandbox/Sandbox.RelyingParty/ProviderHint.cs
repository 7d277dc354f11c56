namespace Sandbox.RelyingParty;

/// <summary>A sign-in shortcut: a provider or brand id from the trust list (sent as <c>idp_hint</c>) and its names.</summary>
public sealed record ProviderHint(string Id, string NameJa, string NameEn);
