namespace Sandbox.RelyingParty.Pages.Texts;

/// <summary>One piece of page text in Japanese (shown first) and English.</summary>
internal sealed record LocalizedText(string Ja, string En);
