namespace Sandbox.Providers.Mebuku.Request;

/// <summary>A decoded HTTP-Redirect binding request: the inflated XML, RelayState, and whether its signature verified.</summary>
internal sealed record RedirectBindingMessage(string Xml, string? RelayState, bool SignatureVerified);
