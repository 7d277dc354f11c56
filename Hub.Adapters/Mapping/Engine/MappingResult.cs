using Hub.Adapters.Identity;

namespace Hub.Adapters.Mapping.Engine;

/// <summary>The attributes in the common schema and the warnings for every value that was dropped.</summary>
internal sealed record MappingResult(CommonAttributes Attributes, IReadOnlyList<MappingWarning> Warnings);
