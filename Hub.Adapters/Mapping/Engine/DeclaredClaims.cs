using Hub.Adapters.Mapping.Schema;

namespace Hub.Adapters.Mapping.Engine;

/// <summary>
/// The claims a trust-list entry declares (<c>IdentityProviderEntry.Attributes</c>, common claim names). Only these
/// are emitted, plus derived claims whose inputs are declared. A rule is read when its claim is declared, or when it
/// belongs to a declared name group (a full name can be composed from its parts, and parts split from it).
/// </summary>
internal sealed class DeclaredClaims
{
    private static readonly string[] NameGroup = [CommonClaims.Name, CommonClaims.FamilyName, CommonClaims.GivenName];
    private static readonly string[] KanaGroup = [CommonClaims.NameKana, CommonClaims.FamilyNameKana, CommonClaims.GivenNameKana];

    private readonly HashSet<string> _declared;

    public DeclaredClaims(IEnumerable<string> declared) => _declared = new HashSet<string>(declared, StringComparer.Ordinal);

    public bool IsDeclared(string claim) => _declared.Contains(claim);

    public bool IsReadable(string ruleClaim)
    {
        var declared = CommonClaims.Declared(ruleClaim);
        return _declared.Contains(declared)
            || NameGroup.Contains(declared) && NameGroup.Any(_declared.Contains)
            || KanaGroup.Contains(declared) && KanaGroup.Any(_declared.Contains);
    }
}
