namespace Hub.Adapters.Mapping.Model;

/// <summary>
/// Where one common claim comes from: the first source attribute present wins (its conversion is final; no
/// fall-through to the next source), then the converters run in order.
/// Example: <c>{"claim":"birthdate","from":["urn:mebuku:attr:birthdate"],"convert":["japanese-date"]}</c>.
/// </summary>
public sealed record ClaimRule
{
    /// <summary>A common claim (<c>birthdate</c>) or an address member (<c>address.region</c>).</summary>
    public required string Claim { get; init; }

    /// <summary>Source attribute names in the provider's vocabulary (SAML attribute Name, or OIDC claim path).</summary>
    public required IReadOnlyList<string> From { get; init; }

    /// <summary>Converter names, applied left to right.</summary>
    public IReadOnlyList<string> Convert { get; init; } = [];

    /// <summary>Documentation only: the source format, e.g. "era date 平成2年1月15日".</summary>
    public string? Format { get; init; }
}
