namespace Hub.Adapters.Mapping.Address;

/// <summary>One row of <see cref="LocalGovernmentTable"/>. <see cref="Municipality"/> is null for a prefecture.</summary>
internal sealed record LocalGovernment(string Code, string Prefecture, string? Municipality);
