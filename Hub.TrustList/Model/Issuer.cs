namespace Hub.TrustList.Model;

/// <summary>The national coordinator that signs the list.</summary>
public sealed record Issuer(string Id, LocalizedText Name, string? Contact = null);
