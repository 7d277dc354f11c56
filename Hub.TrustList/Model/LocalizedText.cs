namespace Hub.TrustList.Model;

/// <summary>A text in Japanese (the default) and English.</summary>
public sealed record LocalizedText(string Ja, string En)
{
    public string For(string language) => language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? En : Ja;
}
