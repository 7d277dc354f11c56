namespace Sandbox.Providers.Html;

/// <summary>How a provider (or brand) looks on its pages: its names and a colour.</summary>
internal sealed record BrandLook(string NameJa, string NameEn, string Colour);
