namespace Hub.Adapters.Mapping.Converters;

/// <summary>
/// <c>email</c>: an addr-spec (local@domain). NFKC first (a full-width ＠ becomes @), the domain in lower case;
/// display names, spaces, several @ and a domain without a dot are refused.
/// </summary>
public sealed class EmailConverter : IValueConverter
{
    public string Name => "email";

    public ConversionResult Convert(string value)
    {
        var text = TextNormalizer.Normalize(value);
        if (text.Value is null)
        {
            return text;
        }
        var at = text.Value.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0)
        {
            return Invalid();
        }
        var candidate = string.Concat(text.Value.AsSpan(0, at), "@", text.Value[(at + 1)..].ToLowerInvariant());
        return IsSchemaValue(candidate) ? ConversionResult.Ok(candidate) : Invalid();
    }

    internal static bool IsSchemaValue(string value)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at > 64 || value.Length > 254 || value.IndexOf('@', at + 1) >= 0)
        {
            return false;
        }
        var domain = value.AsSpan(at + 1);
        if (domain.Length < 3 || !domain.Contains('.') || domain[0] == '.' || domain[^1] == '.' || domain.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or '(' or ')' or ',' or ';' or ':' or '"' or '[' or ']' or '\\')
            {
                return false;
            }
        }
        return domain.ToString() == domain.ToString().ToLowerInvariant();
    }

    private static ConversionResult Invalid() =>
        ConversionResult.Fail("email.invalid", "The value is not an e-mail address.");
}
