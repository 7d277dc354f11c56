using Hub.TrustList.Model;

namespace Hub.Gateway.Discovery;

/// <summary>A region of the reading table: its local government code, names and katakana reading.</summary>
public sealed record RegionName(string Code, LocalizedText Name, string Reading);
