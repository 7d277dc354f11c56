namespace Hub.TrustList.Model;

/// <summary>A local government, by its 6-digit code (5 digits plus check digit), e.g. 102016 for Maebashi.</summary>
public sealed record Region(string Code, LocalizedText Name);
