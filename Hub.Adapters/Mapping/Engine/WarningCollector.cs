using Hub.Adapters.Identity;

namespace Hub.Adapters.Mapping.Engine;

/// <summary>Collects mapping warnings. Messages name the claim and attribute, never the personal value.</summary>
internal sealed class WarningCollector
{
    private readonly List<MappingWarning> _warnings = [];

    public IReadOnlyList<MappingWarning> Warnings => _warnings;

    public void Add(string claim, string source, string code, string message) =>
        _warnings.Add(new MappingWarning(claim, source, code, message));
}
