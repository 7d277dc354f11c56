namespace Hub.Adapters.Mapping.Converters;

/// <summary><c>postal-code</c>: a Japanese postal code (〒590-0078, 5900078, full-width digits) to <c>NNN-NNNN</c>.</summary>
public sealed class PostalCodeConverter : IValueConverter
{
    public string Name => "postal-code";

    public ConversionResult Convert(string value)
    {
        var text = TextNormalizer.Normalize(value);
        if (text.Value is null)
        {
            return text;
        }
        var digits = text.Value.TrimStart('〒').Replace(" ", string.Empty, StringComparison.Ordinal);
        if (digits.Length == 8 && digits[3] == '-')
        {
            digits = digits.Remove(3, 1);
        }
        if (digits.Length != 7 || !digits.All(char.IsAsciiDigit))
        {
            return ConversionResult.Fail("postal_code.invalid", "The value is not a 7-digit Japanese postal code.");
        }
        return ConversionResult.Ok(string.Concat(digits.AsSpan(0, 3), "-", digits.AsSpan(3)));
    }

    internal static bool IsSchemaValue(string value) =>
        value.Length == 8 && value[3] == '-' && value.Remove(3, 1).All(char.IsAsciiDigit);
}
