using System.Text.Json;

namespace Hub.TrustList.Canonicalization;

/// <summary>The canonicalizer met a member name twice in one object (RFC 8785 requires unique names).</summary>
public sealed class DuplicateMemberException(string name) : JsonException($"The member name '{name}' appears twice in one object.")
{
    public string MemberName { get; } = name;
}
